"use server";
import { ZApproveReport } from "@/lib/validation/review";
import { measureTag, publicTags } from "@/lib/cache-tags";
import { defineAction, type Tx } from "./action";
import { assertNoNewerApproval } from "./pending-report";
import { getReviewableReportOrThrow, recordVerdict } from "./review-target";

/**
 * A leader approves a submitted report: it is published to the public pages at once. A report
 * older than one already approved for its period is refused: it would bring stale figures back.
 */
export const approveProgressReport = defineAction({
  name: "progress_report.approve",
  roles: ["LEADER"],
  schema: ZApproveReport,
  run: async ({ tx, actor, input }) => {
    const report = await getReviewableReportOrThrow(tx, actor, input.reportId);
    await assertNoNewerApproval(tx, report);
    await recordVerdict(tx, { reportId: report.id, reviewerId: actor.id, state: "APPROVED" });
    await applyMilestones(tx, report);
    // A project's approval changes its parent measure's page too (its projects, derived figures).
    const tags = [...publicTags(report.measureId), ...(report.measure.parentId ? [measureTag(report.measure.parentId)] : [])];
    return {
      id: report.id,
      message: "已审核通过，进展已在公开页面发布。",
      tags,
      audit: { objectType: "progress_report", objectId: report.id, before: { reviewState: "SUBMITTED" }, after: { reviewState: "APPROVED", measure: report.measure.code } },
    };
  },
});

/**
 * The milestones the report states as reached take their actual dates from it, unless an approved
 * report of a later period (or a later one of the same period) already states that milestone.
 */
async function applyMilestones(tx: Tx, report: { id: number; measureId: number; periodEnd: Date; milestones: { milestoneId: number; actualDate: Date }[] }) {
  if (report.milestones.length === 0) return;
  const later = await tx.milestoneReport.findMany({
    where: {
      milestoneId: { in: report.milestones.map((m) => m.milestoneId) },
      report: {
        measureId: report.measureId,
        reviewState: "APPROVED",
        OR: [{ periodEnd: { gt: report.periodEnd } }, { periodEnd: report.periodEnd, id: { gt: report.id } }],
      },
    },
    select: { milestoneId: true },
  });
  const settled = new Set(later.map((m) => m.milestoneId));
  for (const m of report.milestones) {
    if (!settled.has(m.milestoneId)) await tx.milestone.update({ where: { id: m.milestoneId }, data: { actualDate: m.actualDate } });
  }
}
