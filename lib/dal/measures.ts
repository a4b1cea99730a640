import "server-only";
import type { MeasureKind, ProgressStatus, ReviewState, IndicatorKind, Comparison } from "@/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { measureScope } from "./scope";

const month = (d: Date) => d.toISOString().slice(0, 7);

export type IndicatorForReport = {
  id: number;
  name: string;
  unit: string;
  kind: IndicatorKind;
  comparison: Comparison;
  baselineValue: number;
  targetValue: number;
  deadline: string;
  derivedFromChildren: boolean;
  lastApprovedValue: number | null;
};

export type MeasureForReport = {
  id: number;
  code: string;
  kind: MeasureKind;
  title: string;
  version: number;
  /** The plan's first and last months ("2017-01", "2021-12"): reports are for periods between. */
  planStartMonth: string;
  planEndMonth: string;
  /** Its plan: reports and edits only on the current plan (a past one is read-only, a draft not due yet). */
  plan: { name: string; state: "DRAFT" | "CURRENT" | "PAST" };
  strategyName: string;
  taskAreaName: string;
  leadDepartment: string;
  departments: string[];
  parent: { id: number; title: string } | null;
  indicators: IndicatorForReport[];
  milestones: { id: number; name: string; plannedDate: string; actualDate: string | null }[];
  reports: ReportSummary[];
};

export type ReportSummary = {
  id: number;
  period: string;
  status: ProgressStatus;
  reviewState: ReviewState;
  narrative: string;
  /** The completion percentage the officer stated (measures with nothing else to measure). */
  percentComplete: number | null;
  author: string;
  authorId: number;
  isDemo: boolean;
  reviewComment: string | null;
  revised: boolean;
  /** The returned or withdrawn report this one revises or replaces. */
  revisesId: number | null;
  values: Record<string, string>;
  milestones: Record<string, string>;
  attachments: { id: number; fileName: string; isPublic: boolean }[];
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** One measure with what its report form needs, or null when it is outside the actor's scope. */
export async function getMeasureForReport(actor: Actor, id: number): Promise<MeasureForReport | null> {
  const m = await getDb().measure.findFirst({
    where: { id, ...measureScope(actor) },
    select: {
      id: true,
      code: true,
      kind: true,
      title: true,
      version: true,
      parent: { select: { id: true, title: true } },
      taskArea: { select: { name: true, strategy: { select: { name: true, plan: { select: { name: true, state: true, startDate: true, endDate: true } } } } } },
      leadDepartment: { select: { name: true } },
      departments: { select: { department: { select: { name: true } } } },
      milestones: { orderBy: { order: "asc" }, select: { id: true, name: true, plannedDate: true, actualDate: true } },
      indicators: {
        orderBy: { order: "asc" },
        select: {
          id: true, name: true, unit: true, kind: true, comparison: true, baselineValue: true, targetValue: true, deadline: true, derivedFromChildren: true,
          values: {
            where: { report: { reviewState: "APPROVED" } },
            orderBy: [{ report: { periodEnd: "desc" } }, { reportId: "desc" }],
            take: 1,
            select: { value: true },
          },
        },
      },
      reports: {
        orderBy: [{ periodEnd: "desc" }, { id: "desc" }],
        take: 12,
        select: {
          id: true, periodEnd: true, status: true, reviewState: true, narrative: true, percentComplete: true, isDemo: true, reviewComment: true, authorId: true, revisesId: true,
          author: { select: { displayName: true } },
          revisedBy: { select: { id: true } },
          values: { select: { indicatorId: true, value: true } },
          milestones: { select: { milestoneId: true, actualDate: true } },
          attachments: { select: { id: true, fileName: true, isPublic: true } },
        },
      },
    },
  });
  if (!m) return null;
  return {
    id: m.id,
    code: m.code,
    kind: m.kind,
    title: m.title,
    version: m.version,
    planStartMonth: month(m.taskArea.strategy.plan.startDate),
    planEndMonth: month(m.taskArea.strategy.plan.endDate),
    plan: { name: m.taskArea.strategy.plan.name, state: m.taskArea.strategy.plan.state },
    strategyName: m.taskArea.strategy.name,
    taskAreaName: m.taskArea.name,
    leadDepartment: m.leadDepartment.name,
    departments: m.departments.map((d) => d.department.name),
    parent: m.parent,
    milestones: m.milestones.map((ms) => ({ id: ms.id, name: ms.name, plannedDate: isoDay(ms.plannedDate), actualDate: ms.actualDate ? isoDay(ms.actualDate) : null })),
    indicators: m.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      kind: i.kind,
      comparison: i.comparison,
      baselineValue: Number(i.baselineValue),
      targetValue: Number(i.targetValue),
      deadline: isoDay(i.deadline),
      derivedFromChildren: i.derivedFromChildren,
      lastApprovedValue: i.values[0] ? Number(i.values[0].value) : null,
    })),
    reports: m.reports.map((r) => ({
      id: r.id,
      period: month(r.periodEnd),
      status: r.status,
      reviewState: r.reviewState,
      narrative: r.narrative,
      percentComplete: r.percentComplete,
      author: r.author.displayName,
      authorId: r.authorId,
      isDemo: r.isDemo,
      reviewComment: r.reviewComment,
      revised: r.revisedBy !== null,
      revisesId: r.revisesId,
      values: Object.fromEntries(r.values.map((v) => [String(v.indicatorId), String(v.value)])),
      milestones: Object.fromEntries(r.milestones.map((ms) => [String(ms.milestoneId), isoDay(ms.actualDate)])),
      attachments: r.attachments,
    })),
  };
}
