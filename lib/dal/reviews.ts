import "server-only";
import type { ProgressStatus } from "@/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { daysBetween, type IsoDate, type Status } from "@/lib/domain";
import { shanghaiDate } from "@/lib/domain/reporting-cycle";
import { reportingToday, statusDay } from "@/lib/reporting/today";
import { inCurrentPlan } from "./duties";
import { getMeasureStatuses } from "./status";
import { reviewScope } from "./scope";

export type ReviewQueueItem = {
  id: number;
  measureId: number;
  measureCode: string;
  measureTitle: string;
  strategyCode: string;
  strategyName: string;
  department: string;
  period: string;
  status: ProgressStatus;
  author: string;
  submittedAt: string;
  /** Whole days since submission, Beijing calendar days. */
  daysWaiting: number;
};

const month = (d: Date) => d.toISOString().slice(0, 7);

// What the queue and the review page both show of a report, selected and mapped once.
const queueItemSelect = {
  id: true, periodEnd: true, status: true, submittedAt: true,
  author: { select: { displayName: true } },
  measure: { select: { id: true, code: true, title: true, leadDepartment: { select: { name: true } }, taskArea: { select: { strategy: { select: { code: true, name: true } } } } } },
} as const;

type QueueRow = {
  id: number; periodEnd: Date; status: ProgressStatus; submittedAt: Date | null; author: { displayName: string };
  measure: { id: number; code: string; title: string; leadDepartment: { name: string }; taskArea: { strategy: { code: string; name: string } } };
};

function toQueueItem(r: QueueRow, today: IsoDate): ReviewQueueItem {
  return {
    id: r.id,
    measureId: r.measure.id,
    measureCode: r.measure.code,
    measureTitle: r.measure.title,
    strategyCode: r.measure.taskArea.strategy.code,
    strategyName: r.measure.taskArea.strategy.name,
    department: r.measure.leadDepartment.name,
    period: month(r.periodEnd),
    status: r.status,
    author: r.author.displayName,
    submittedAt: r.submittedAt!.toISOString(),
    daysWaiting: Math.max(0, daysBetween(shanghaiDate(r.submittedAt!), today)),
  };
}

/** "待审核": submitted reports in the leader's scope, oldest first. */
export async function listReviewQueue(actor: Actor, today: IsoDate = reportingToday()): Promise<ReviewQueueItem[]> {
  const rows = await getDb().progressReport.findMany({
    // A past plan's reports can no longer be approved (read-only), so only the current plan's wait.
    where: { reviewState: "SUBMITTED", measure: { AND: [reviewScope(actor), inCurrentPlan] } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: queueItemSelect,
  });
  return rows.map((r) => toQueueItem(r, today));
}

export type ReportForReview = ReviewQueueItem & {
  /** SUBMITTED while it awaits a verdict; the page shows the verdict once given. */
  reviewState: "SUBMITTED" | "APPROVED" | "RETURNED";
  narrative: string;
  /** The completion percentage stated (measures with nothing else to measure), else null. */
  percentComplete: number | null;
  values: { name: string; unit: string; value: string; previous: string | null; previousPeriod: string | null; target: string }[];
  milestones: { name: string; plannedDate: string; actualDate: string }[];
  attachments: { id: number; fileName: string; isPublic: boolean; mimeType: string }[];
  /** The measure as the status engine judges it from approved data (this report counts once approved). */
  engine: { status: Status; progress: number; reason: string; asOf: IsoDate } | null;
  /** Each indicator's approved values over time: the trend this report continues. */
  trends: { name: string; unit: string; target: number; points: { date: IsoDate; value: number }[] }[];
};

const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const approvedBefore = (id: number) => ({ report: { reviewState: "APPROVED" as const, id: { not: id } } });

/**
 * One report (submitted or already reviewed) with what a reviewer needs — the measure's trend and
 * engine status, each value's previous approved one, the evidence — or null outside the leader's scope.
 * Two statements: the report with its measure, then the engine's row.
 */
export async function getReportForReview(actor: Actor, id: number, today: IsoDate = reportingToday()): Promise<ReportForReview | null> {
  const db = getDb();
  const r = await db.progressReport.findFirst({
    where: { id, reviewState: { in: ["SUBMITTED", "APPROVED", "RETURNED"] }, measure: reviewScope(actor) },
    select: {
      ...queueItemSelect,
      narrative: true,
      percentComplete: true,
      reviewState: true,
      values: {
        select: {
          value: true,
          indicator: {
            select: {
              name: true, unit: true, targetValue: true,
              // The latest approved value other than this report's own (once it is approved).
              values: { where: approvedBefore(id), orderBy: [{ report: { periodEnd: "desc" } }, { reportId: "desc" }], take: 1, select: { value: true, report: { select: { periodEnd: true } } } },
            },
          },
        },
      },
      milestones: { select: { actualDate: true, milestone: { select: { name: true, plannedDate: true } } } },
      attachments: { select: { id: true, fileName: true, isPublic: true, mimeType: true } },
      measure: {
        select: {
          ...queueItemSelect.measure.select,
          taskArea: { select: { strategy: { select: { code: true, name: true, plan: { select: { id: true, endDate: true } } } } } },
          indicators: {
            where: { derivedFromChildren: false, kind: { not: "MILESTONE" } },
            orderBy: { order: "asc" },
            select: {
              name: true, unit: true, targetValue: true,
              values: { where: { report: { reviewState: "APPROVED" } }, orderBy: [{ report: { periodEnd: "asc" } }, { reportId: "asc" }], select: { value: true, report: { select: { periodEnd: true } } } },
            },
          },
        },
      },
    },
  });
  if (!r) return null;
  const plan = r.measure.taskArea.strategy.plan;
  const asOf = statusDay(isoDay(plan.endDate), today);
  const [row] = await getMeasureStatuses({ planId: plan.id, asOf, measureIds: [r.measure.id] });
  return {
    ...toQueueItem(r, today),
    reviewState: r.reviewState as ReportForReview["reviewState"],
    narrative: r.narrative,
    percentComplete: r.percentComplete,
    values: r.values.map((v) => {
      const previous = v.indicator.values[0];
      return {
        name: v.indicator.name,
        unit: v.indicator.unit,
        value: String(v.value),
        previous: previous ? String(previous.value) : null,
        previousPeriod: previous ? isoDay(previous.report.periodEnd).slice(0, 7) : null,
        target: String(v.indicator.targetValue),
      };
    }),
    milestones: r.milestones.map((m) => ({ name: m.milestone.name, plannedDate: isoDay(m.milestone.plannedDate), actualDate: isoDay(m.actualDate) })),
    attachments: r.attachments,
    engine: row ? { status: row.status, progress: row.progress, reason: row.reason, asOf } : null,
    trends: r.measure.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      target: Number(i.targetValue),
      points: i.values.map((v) => ({ date: isoDay(v.report.periodEnd), value: Number(v.value) })),
    })),
  };
}
