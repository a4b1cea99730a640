"use server";
import { measureScope } from "@/lib/dal/scope";
import { ZWithdrawReport } from "@/lib/validation/review";
import { ActionRefusal, defineAction } from "./action";
import { assertMeasurePlanWritable } from "./plan-guard";

/**
 * An officer withdraws (撤回) a report of their department that awaits review: it leaves the
 * review queue and stays in the history; the report form offers it for revision. Once a leader
 * has reviewed it, it can no longer be withdrawn.
 */
export const withdrawProgressReport = defineAction({
  name: "progress_report.withdraw",
  roles: ["OFFICER"],
  schema: ZWithdrawReport,
  run: async ({ tx, actor, input }) => {
    const report = await tx.progressReport.findFirst({
      where: { id: input.reportId, measure: measureScope(actor) },
      select: { id: true, reviewState: true, periodEnd: true, measureId: true, measure: { select: { code: true } } },
    });
    // Another department's report and a missing one get the same answer.
    if (!report) throw new ActionRefusal("未找到该填报，或该填报不属于您所在的部门。", "not_found");
    await assertMeasurePlanWritable(tx, report.measureId, "report");
    const refused = "该填报已审核或已撤回，不能再撤回。请刷新页面。";
    if (report.reviewState !== "SUBMITTED") throw new ActionRefusal(refused, "conflict");
    // A leader's verdict in the meantime wins: the row moves only from SUBMITTED.
    const moved = await tx.progressReport.updateMany({ where: { id: report.id, reviewState: "SUBMITTED" }, data: { reviewState: "WITHDRAWN" } });
    if (moved.count !== 1) throw new ActionRefusal(refused, "conflict");
    return {
      id: report.id,
      message: "已撤回该填报，它不再等待审核。可在填报表单中修改后重新提交。",
      audit: {
        objectType: "progress_report",
        objectId: report.id,
        before: { reviewState: "SUBMITTED" },
        after: { reviewState: "WITHDRAWN", measure: report.measure.code, period: report.periodEnd.toISOString().slice(0, 7) },
      },
    };
  },
});
