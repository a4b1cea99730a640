"use server";
import { ZApproveReport } from "@/lib/validation/review";
import { publicTags } from "@/lib/cache-tags";
import { defineAction } from "./action";
import { getReviewableReportOrThrow, recordVerdict } from "./review-target";

/** A leader approves a submitted report: it is published to the public pages at once. */
export const approveProgressReport = defineAction({
  name: "progress_report.approve",
  roles: ["LEADER"],
  schema: ZApproveReport,
  run: async ({ tx, actor, input }) => {
    const report = await getReviewableReportOrThrow(tx, actor, input.reportId);
    await recordVerdict(tx, { reportId: report.id, reviewerId: actor.id, state: "APPROVED" });
    // The milestones the report states as reached take their actual dates from it.
    for (const m of report.milestones) {
      await tx.milestone.update({ where: { id: m.milestoneId }, data: { actualDate: m.actualDate } });
    }
    return {
      id: report.id,
      message: "已审核通过，进展已在公开页面发布。",
      tags: publicTags(report.measureId),
      audit: { objectType: "progress_report", objectId: report.id, before: { reviewState: "SUBMITTED" }, after: { reviewState: "APPROVED", measure: report.measure.code } },
    };
  },
});
