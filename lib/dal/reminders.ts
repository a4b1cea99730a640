import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/actions/action";
import { getDb } from "@/lib/db";
import type { IsoDate, Status } from "@/lib/domain";
import { reportingToday, statusDay } from "@/lib/reporting/today";
import { getMeasureStatuses } from "@/lib/dal/status";
import { measureRowsSql, toMeasureRow } from "@/lib/dal/status/measures";
import { dutiesOf, inCurrentPlan, measureDutySelect, ofCurrentPlan } from "./duties";
import { reviewScope } from "./scope";

// Which measures a leader may remind (催办): in their review scope, and lagging or overdue as
// the status engine judges them (lib/dal/status), or with a report overdue.

const REMINDABLE: Status[] = ["LAGGING", "OVERDUE"];

export const isRemindable = (status: Status | null, overdueReports: number) => overdueReports > 0 || (status !== null && REMINDABLE.includes(status));

export type ReminderCandidate = {
  measureId: number;
  code: string;
  title: string;
  leadDepartment: string;
  status: Status | null;
  reason: string | null;
  /** The latest overdue period and how many are overdue. */
  overdue: { label: string; count: number } | null;
  lastReminder: { at: string; sender: string } | null;
};

/** The leader's remindable measures on `today`: two SQL statements (duties, then statuses). */
export async function listReminderCandidates(actor: Actor, today: IsoDate = reportingToday()): Promise<ReminderCandidate[]> {
  const rows = ofCurrentPlan(await getDb().measure.findMany({
    where: { AND: [reviewScope(actor), inCurrentPlan] },
    orderBy: { code: "asc" },
    select: {
      ...measureDutySelect,
      leadDepartment: { select: { name: true } },
      reminders: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, sender: { select: { displayName: true } } } },
    },
  }));
  if (rows.length === 0) return [];
  const plan = rows[0].taskArea.strategy;
  const asOf = statusDay(plan.plan.endDate.toISOString().slice(0, 10), today);
  const statuses = new Map((await getMeasureStatuses({ planId: plan.planId, asOf, measureIds: rows.map((r) => r.id) })).map((s) => [s.measureId, s]));
  return rows.flatMap((row) => {
    const d = dutiesOf(row, today);
    const s = statuses.get(row.id) ?? null;
    if (!isRemindable(s?.status ?? null, d.duty.overdue.length)) return [];
    const latest = d.duty.overdue[0];
    const last = row.reminders[0];
    return [{
      measureId: row.id,
      code: row.code,
      title: row.title,
      leadDepartment: row.leadDepartment.name,
      status: s?.status ?? null,
      reason: s?.reason ?? null,
      overdue: latest ? { label: latest.period.label, count: d.duty.overdue.length } : null,
      lastReminder: last ? { at: last.createdAt.toISOString(), sender: last.sender.displayName } : null,
    }];
  });
}

/**
 * Inside an action's transaction: the measure if the leader may remind it, with what the
 * reminder and its e-mail need; null when it is outside their scope or missing.
 */
export async function getRemindableMeasure(tx: Tx, actor: Actor, measureId: number, today: IsoDate) {
  const row = await tx.measure.findFirst({
    where: { id: measureId, ...reviewScope(actor) },
    select: {
      ...measureDutySelect,
      departments: {
        select: { department: { select: { users: { where: { user: { role: "OFFICER", isActive: true, email: { not: null } } }, select: { user: { select: { email: true } } } } } } },
      },
    },
  });
  if (!row) return null;
  const d = dutiesOf(row, today);
  const planEnd = row.taskArea.strategy.plan.endDate.toISOString().slice(0, 10);
  const asOf = statusDay(planEnd, today);
  // The status engine's own SQL, run on the action's connection (getMeasureStatuses would take a second one).
  const [raw] = await tx.$queryRaw<Parameters<typeof toMeasureRow>[0][]>(measureRowsSql({ planId: d.planId, asOf, scope: { measureIds: [row.id] } }));
  const status = raw ? toMeasureRow(raw, asOf) : null;
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: status?.status ?? null,
    reason: status?.reason ?? null,
    overdue: d.duty.overdue.map((s) => s.period.label),
    remindable: isRemindable(status?.status ?? null, d.duty.overdue.length),
    emails: [...new Set(row.departments.flatMap((md) => md.department.users.map((u) => u.user.email!)))],
  };
}
