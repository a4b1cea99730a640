import "server-only";
import type { ProgressStatus } from "@/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { reviewScope } from "./scope";

export type ReviewQueueItem = {
  id: number;
  measureId: number;
  measureCode: string;
  measureTitle: string;
  strategyName: string;
  department: string;
  period: string;
  status: ProgressStatus;
  author: string;
  submittedAt: string;
};

const month = (d: Date) => d.toISOString().slice(0, 7);

// What the queue and the review page both show of a report, selected and mapped once.
const queueItemSelect = {
  id: true, periodEnd: true, status: true, submittedAt: true,
  author: { select: { displayName: true } },
  measure: { select: { id: true, code: true, title: true, leadDepartment: { select: { name: true } }, taskArea: { select: { strategy: { select: { name: true } } } } } },
} as const;

type QueueRow = {
  id: number; periodEnd: Date; status: ProgressStatus; submittedAt: Date | null; author: { displayName: string };
  measure: { id: number; code: string; title: string; leadDepartment: { name: string }; taskArea: { strategy: { name: string } } };
};

function toQueueItem(r: QueueRow): ReviewQueueItem {
  return {
    id: r.id,
    measureId: r.measure.id,
    measureCode: r.measure.code,
    measureTitle: r.measure.title,
    strategyName: r.measure.taskArea.strategy.name,
    department: r.measure.leadDepartment.name,
    period: month(r.periodEnd),
    status: r.status,
    author: r.author.displayName,
    submittedAt: r.submittedAt!.toISOString(),
  };
}

/** "待审核": submitted reports in the leader's scope, oldest first. */
export async function listReviewQueue(actor: Actor): Promise<ReviewQueueItem[]> {
  const rows = await getDb().progressReport.findMany({
    where: { reviewState: "SUBMITTED", measure: reviewScope(actor) },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: queueItemSelect,
  });
  return rows.map(toQueueItem);
}

export type ReportForReview = ReviewQueueItem & {
  /** SUBMITTED while it awaits a verdict; the page shows the verdict once given. */
  reviewState: "SUBMITTED" | "APPROVED" | "RETURNED";
  narrative: string;
  values: { name: string; unit: string; value: string; previous: string | null; target: string }[];
  milestones: { name: string; plannedDate: string; actualDate: string }[];
  attachments: { id: number; fileName: string; isPublic: boolean }[];
};

/** One report (submitted or already reviewed) with what a reviewer needs, or null outside the leader's scope. */
export async function getReportForReview(actor: Actor, id: number): Promise<ReportForReview | null> {
  const db = getDb();
  const r = await db.progressReport.findFirst({
    where: { id, reviewState: { in: ["SUBMITTED", "APPROVED", "RETURNED"] }, measure: reviewScope(actor) },
    select: {
      ...queueItemSelect,
      narrative: true,
      reviewState: true,
      values: {
        select: {
          value: true,
          indicator: {
            select: {
              name: true, unit: true, targetValue: true,
              values: { where: { report: { reviewState: "APPROVED" } }, orderBy: [{ report: { periodEnd: "desc" } }, { reportId: "desc" }], take: 1, select: { value: true } },
            },
          },
        },
      },
      milestones: { select: { actualDate: true, milestone: { select: { name: true, plannedDate: true } } } },
      attachments: { select: { id: true, fileName: true, isPublic: true } },
    },
  });
  if (!r) return null;
  return {
    ...toQueueItem(r),
    reviewState: r.reviewState as ReportForReview["reviewState"],
    narrative: r.narrative,
    values: r.values.map((v) => ({
      name: v.indicator.name,
      unit: v.indicator.unit,
      value: String(v.value),
      previous: v.indicator.values[0] ? String(v.indicator.values[0].value) : null,
      target: String(v.indicator.targetValue),
    })),
    milestones: r.milestones.map((m) => ({ name: m.milestone.name, plannedDate: m.milestone.plannedDate.toISOString().slice(0, 10), actualDate: m.actualDate.toISOString().slice(0, 10) })),
    attachments: r.attachments,
  };
}
