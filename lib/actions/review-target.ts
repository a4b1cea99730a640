import "server-only";
import { reviewScope } from "@/lib/dal/scope";
import type { Actor } from "@/lib/auth/current-user";
import { ActionRefusal, type Tx } from "./action";
import { assertMeasurePlanWritable } from "./plan-guard";

/** A submitted report that the leader may review, or a refusal that reveals nothing more. */
export async function getReviewableReportOrThrow(tx: Tx, actor: Actor, reportId: number) {
  const report = await tx.progressReport.findFirst({
    where: { id: reportId, measure: reviewScope(actor) },
    select: {
      id: true, reviewState: true, measureId: true, periodEnd: true,
      measure: { select: { code: true, parentId: true } },
      milestones: { select: { milestoneId: true, actualDate: true } },
    },
  });
  if (!report) throw new ActionRefusal("未找到该填报，或不在您分管的范围内。", "not_found");
  await assertMeasurePlanWritable(tx, report.measureId, "report");
  if (report.reviewState !== "SUBMITTED") throw new ActionRefusal("该填报已被审核或撤回，请刷新页面。", "conflict");
  return report;
}

/** Moves a submitted report to its verdict, unless someone else reviewed it first. */
export async function recordVerdict(
  tx: Tx,
  args: { reportId: number; reviewerId: number; state: "APPROVED" | "RETURNED"; comment?: string },
) {
  const moved = await tx.progressReport.updateMany({
    where: { id: args.reportId, reviewState: "SUBMITTED" },
    data: { reviewState: args.state, reviewerId: args.reviewerId, reviewedAt: new Date(), reviewComment: args.comment ?? null },
  });
  if (moved.count !== 1) throw new ActionRefusal("该填报已被其他领导审核，请刷新页面。", "conflict");
}
