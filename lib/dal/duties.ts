import "server-only";
import type { Prisma } from "@/generated/prisma/client.ts";
import type { IsoDate } from "@/lib/domain";
import { measureDuty, periodStatuses, type MeasureDuty, type PeriodStatus, type ReportingCycle } from "@/lib/domain/reporting-cycle";

// A measure's reporting duties (lib/domain/reporting-cycle.ts) from what the database holds:
// one select shape, read with one statement for any number of measures (relation joins), by
// the inbox, the header badge, reminders and generated reports alike.

export const measureDutySelect = {
  id: true,
  code: true,
  title: true,
  reportingCycle: true,
  dueDay: true,
  leadDepartmentId: true,
  taskArea: { select: { strategyId: true, strategy: { select: { planId: true, plan: { select: { startDate: true, endDate: true, state: true } } } } } },
  reports: {
    // A withdrawn report no longer answers for its period.
    where: { reviewState: { notIn: ["DRAFT", "WITHDRAWN"] } },
    orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
    select: {
      id: true,
      periodEnd: true,
      reviewState: true,
      submittedAt: true,
      reviewedAt: true,
      reviewComment: true,
      revisedBy: { select: { reviewState: true } },
    },
  },
} satisfies Prisma.MeasureSelect;

export type MeasureDutyRow = Prisma.MeasureGetPayload<{ select: typeof measureDutySelect }>;

export type MeasureDuties = {
  measureId: number;
  code: string;
  title: string;
  strategyId: number;
  leadDepartmentId: number;
  planId: number;
  cycle: ReportingCycle;
  statuses: PeriodStatus[];
  duty: MeasureDuty;
  /** Returned reports whose revision has not been submitted yet. */
  returned: { reportId: number; periodEnd: IsoDate; comment: string; reviewedAt: string }[];
  /** When the measure's latest report was submitted (ISO), or null. */
  lastSubmittedAt: string | null;
};

const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);

/**
 * Only the measures of the plan being carried out (the CURRENT one) have duties: a draft has not
 * started and a past plan is read-only, so once the town tracks its next plan the last one's gaps
 * stop nagging. Put `inCurrentPlan` in the query's WHERE; `ofCurrentPlan` checks the rows too.
 */
export const inCurrentPlan = { taskArea: { strategy: { plan: { state: "CURRENT" } } } } satisfies Prisma.MeasureWhereInput;

export function ofCurrentPlan<R extends Pick<MeasureDutyRow, "taskArea">>(rows: R[]): R[] {
  return rows.filter((r) => r.taskArea.strategy.plan.state === "CURRENT");
}

export function dutiesOf(row: MeasureDutyRow, today: IsoDate): MeasureDuties {
  const plan = row.taskArea.strategy.plan;
  const statuses = periodStatuses({
    cycle: row.reportingCycle,
    dueDay: row.dueDay,
    planStart: isoDay(plan.startDate),
    planEnd: isoDay(plan.endDate),
    reports: row.reports.flatMap((r) => (r.reviewState === "WITHDRAWN" ? [] : [{ periodEnd: isoDay(r.periodEnd), reviewState: r.reviewState, submittedAt: r.submittedAt }])),
    today,
  });
  const submitted = row.reports.flatMap((r) => (r.submittedAt ? [r.submittedAt.getTime()] : []));
  return {
    measureId: row.id,
    code: row.code,
    title: row.title,
    strategyId: row.taskArea.strategyId,
    leadDepartmentId: row.leadDepartmentId,
    planId: row.taskArea.strategy.planId,
    cycle: row.reportingCycle,
    statuses,
    duty: measureDuty(statuses),
    returned: row.reports
      .filter((r) => r.reviewState === "RETURNED" && (!r.revisedBy || r.revisedBy.reviewState === "DRAFT"))
      .map((r) => ({ reportId: r.id, periodEnd: isoDay(r.periodEnd), comment: r.reviewComment ?? "", reviewedAt: r.reviewedAt!.toISOString() })),
    lastSubmittedAt: submitted.length ? new Date(Math.max(...submitted)).toISOString() : null,
  };
}
