"use server";
import { ZReturnReport } from "@/lib/validation/review";
import { defineAction } from "./action";
import { getReviewableReportOrThrow, recordVerdict } from "./review-target";

/** A leader returns a submitted report to its author with a required comment. */
export const returnProgressReport = defineAction({
  name: "progress_report.return",
  roles: ["LEADER"],
  schema: ZReturnReport,
  run: async ({ tx, actor, input }) => {
    const report = await getReviewableReportOrThrow(tx, actor, input.reportId);
    await recordVerdict(tx, { reportId: report.id, reviewerId: actor.id, state: "RETURNED", comment: input.comment });
    return {
      id: report.id,
      message: "已退回填报人修改。",
      audit: {
        objectType: "progress_report",
        objectId: report.id,
        before: { reviewState: "SUBMITTED" },
        after: { reviewState: "RETURNED", comment: input.comment, measure: report.measure.code },
      },
    };
  },
});
