import "server-only";
import type { MeasureKind, ProgressStatus, ReviewState } from "@/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import type { IsoDate, Status } from "@/lib/domain";
import { taskDue, type TaskDue } from "@/lib/domain/task-list";
import { reportingToday, statusDay } from "@/lib/reporting/today";
import { getMeasureStatuses } from "./status";
import { dutiesOf, inCurrentPlan, measureDutySelect, ofCurrentPlan } from "./duties";
import { measureScope } from "./scope";

// 我的任务 (an officer's measures) and 全部举措 (leaders, admins): each measure with the status
// engine's light, its latest report and its reporting duty — the next due day, overdue and
// due-soon marks (lib/domain/task-list.ts). Two statements: the measures with their reports,
// and the engine's rows of the current plan.

export type TaskRow = {
  id: number;
  code: string;
  kind: MeasureKind;
  title: string;
  strategyName: string;
  taskAreaName: string;
  leadDepartment: string;
  /** The status engine's judgement on the status day; NOT_STARTED for a measure of an older plan. */
  status: Status;
  progress: number;
  reason: string;
  lastReport: { period: string; reviewState: ReviewState; status: ProgressStatus } | null;
  due: TaskDue;
};

const month = (d: Date) => d.toISOString().slice(0, 7);
const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const NO_DUTY: TaskDue = { period: null, overdue: 0, dueSoon: false, returned: 0, pending: 0 };

/**
 * The measures of the current plan the actor may report on (an officer) or read (others), in plan
 * order. A past plan's measures are read-only and stay on the public pages; a draft's are not due.
 */
export async function listTasks(actor: Actor, today: IsoDate = reportingToday()): Promise<{ today: IsoDate; rows: TaskRow[] }> {
  const measures = await getDb().measure.findMany({
    where: { AND: [measureScope(actor), inCurrentPlan] },
    orderBy: [{ taskArea: { strategy: { order: "asc" } } }, { taskArea: { order: "asc" } }, { code: "asc" }],
    select: {
      ...measureDutySelect,
      kind: true,
      taskArea: { select: { name: true, strategyId: true, strategy: { select: { name: true, planId: true, plan: { select: { startDate: true, endDate: true, state: true } } } } } },
      leadDepartment: { select: { name: true } },
      // Drafts too (the latest report may be one): the duty rules ignore drafts themselves.
      reports: { orderBy: measureDutySelect.reports.orderBy, select: { ...measureDutySelect.reports.select, status: true } },
    },
  });
  // Only the plan being carried out has duties and a status day of its own.
  const current = ofCurrentPlan(measures);
  const plan = current[0]?.taskArea.strategy;
  const statuses = plan
    ? await getMeasureStatuses({ planId: plan.planId, asOf: statusDay(isoDay(plan.plan.endDate), today), measureIds: current.map((m) => m.id) })
    : [];
  const judged = new Map(statuses.map((s) => [s.measureId, s]));
  const inCurrent = new Set(current.map((m) => m.id));
  return {
    today,
    rows: measures.map((m) => {
      const s = judged.get(m.id);
      const r = m.reports.at(-1);
      return {
        id: m.id,
        code: m.code,
        kind: m.kind,
        title: m.title,
        strategyName: m.taskArea.strategy.name,
        taskAreaName: m.taskArea.name,
        leadDepartment: m.leadDepartment.name,
        status: s?.status ?? "NOT_STARTED",
        progress: s?.progress ?? 0,
        reason: s?.reason ?? "",
        lastReport: r ? { period: month(r.periodEnd), reviewState: r.reviewState, status: r.status } : null,
        due: inCurrent.has(m.id) ? taskDue(dutiesOf(m, today).statuses) : NO_DUTY,
      };
    }),
  };
}
