"use server";
import { findStaged } from "@/lib/evidence/staged-upload";
import { carryEvidence, storeEvidence } from "@/lib/evidence/store-evidence";
import { measureScope } from "@/lib/dal/scope";
import { periodBounds, ZProgressReportInput } from "@/lib/validation/progress-report";
import { checkReportContent } from "@/lib/validation/report-content";
import { ActionRefusal, defineAction } from "./action";
import { assertMeasurePlanWritable } from "./plan-guard";
import { bumpMeasureVersion } from "./measure-version";
import { dropDraftEvidence, markSubmitted, replacePendingReport } from "./pending-report";
import type { FieldErrors } from "./field-errors";

/**
 * An officer reports progress on a measure of one of their departments: values, status,
 * narrative, milestones reached and evidence files; saved as a draft or submitted for review,
 * or as the revision of a returned or withdrawn report (whose evidence it carries over, less the
 * files the officer removed). A submission for a period that already has a report awaiting
 * review replaces it: the old one is withdrawn and stays in the history. Each write bumps the
 * measure's version: a report based on an older version is refused as a conflict.
 */
export const submitProgressReport = defineAction({
  name: "progress_report.save",
  roles: ["OFFICER"],
  schema: ZProgressReportInput,
  run: async ({ tx, actor, input, onRollback, afterCommit }) => {
    const measure = await tx.measure.findFirst({
      where: { id: input.measureId, ...measureScope(actor) },
      select: {
        id: true,
        code: true,
        taskArea: { select: { strategy: { select: { plan: { select: { startDate: true, endDate: true } } } } } },
        indicators: { select: { id: true, kind: true, derivedFromChildren: true } },
        milestones: { select: { id: true, name: true } },
      },
    });
    // Another department's measure and a missing one get the same answer: no probing of ids.
    if (!measure) throw new ActionRefusal("未找到该举措，或该举措不属于您所在的部门。", "not_found");
    await assertMeasurePlanWritable(tx, measure.id, "report");

    const planStart = measure.taskArea.strategy.plan.startDate;
    const { start, end } = periodBounds(input.period);
    const today = new Date();
    const content = checkReportContent(measure, input, { earliest: planStart, latest: end < today ? end : today });
    const fieldErrors: FieldErrors = { ...content.fieldErrors };
    if (start < planStart) fieldErrors.period = ["填报期早于规划期起始月份"];
    if (end > measure.taskArea.strategy.plan.endDate) fieldErrors.period = ["填报期晚于规划期结束月份"];
    if (start > today) fieldErrors.period = ["不能填报尚未开始的月份"];
    const files = await findEvidence(input.evidence, actor.id, fieldErrors);
    if (Object.keys(fieldErrors).length > 0) throw new ActionRefusal("填写内容有误，请按提示修改后再提交。", "invalid", fieldErrors);

    const draft = input.draftId
      ? await tx.progressReport.findFirst({ where: { id: input.draftId, measureId: measure.id, authorId: actor.id, reviewState: "DRAFT" }, select: { id: true, revisesId: true } })
      : null;
    if (input.draftId && !draft) throw new ActionRefusal("该草稿不存在或已提交，请刷新页面。", "not_found");
    // A draft of a revision keeps naming the report it revises.
    const revisesId = input.revisesId ?? draft?.revisesId ?? null;
    if (revisesId) {
      const revisable = await tx.progressReport.findFirst({
        where: { id: revisesId, measureId: measure.id, reviewState: { in: ["RETURNED", "WITHDRAWN"] }, OR: [{ revisedBy: null }, ...(draft ? [{ revisedBy: { id: draft.id } }] : [])] },
        select: { id: true },
      });
      if (!revisable) throw new ActionRefusal("要修改的退回（或撤回）填报不存在或已修改过，请刷新页面。", "not_found");
    }
    // Locks the measure's row: submissions for one measure run one after the other from here.
    await bumpMeasureVersion(tx, measure.id, input.basedOnVersion);

    const submit = input.intent === "submit";
    const replaced = submit ? await replacePendingReport(tx, { measureId: measure.id, periodEnd: end }) : null;
    const fields = {
      periodStart: start,
      periodEnd: end,
      status: input.status,
      narrative: input.narrative,
      percentComplete: input.percentComplete,
      basedOnVersion: input.basedOnVersion,
      revisesId: revisesId ?? replaced?.id ?? null,
    };
    const children = {
      values: { create: content.values.map((v) => ({ indicatorId: v.indicatorId, value: v.value })) },
      milestones: { create: content.milestones },
    };
    const report = draft
      ? await tx.progressReport.update({
          where: { id: draft.id },
          data: { ...fields, values: { deleteMany: {}, ...children.values }, milestones: { deleteMany: {}, ...children.milestones } },
          select: { id: true },
        })
      : await tx.progressReport.create({ data: { ...fields, measureId: measure.id, authorId: actor.id, ...children }, select: { id: true } });

    // The files of the report this one takes the place of come along (once: a draft already has them).
    if (fields.revisesId && fields.revisesId !== draft?.revisesId) {
      await carryEvidence(tx, { fromReportId: fields.revisesId, toReportId: report.id, drop: input.dropEvidence, onRollback });
    }
    if (draft && input.dropEvidence.length) await dropDraftEvidence(tx, { reportId: draft.id, ids: input.dropEvidence, afterCommit });
    await storeEvidence(tx, { files, reportId: report.id, uploadedById: actor.id, isPublic: input.publishEvidence, onRollback });
    const evidence = await tx.attachment.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" }, select: { fileName: true, sha256: true, sizeBytes: true, isPublic: true } });

    // Values are written while the report is a draft: the database freezes them on submit.
    if (submit) await markSubmitted(tx, report.id);
    return {
      id: report.id,
      message: submit ? "填报已提交，等待分管领导审核。" : "草稿已保存。",
      audit: {
        objectType: "progress_report",
        objectId: report.id,
        after: {
          measure: measure.code,
          period: input.period,
          status: input.status,
          percentComplete: input.percentComplete,
          reviewState: submit ? "SUBMITTED" : "DRAFT",
          values: content.values,
          milestones: content.milestones,
          evidence,
          revises: revisesId,
          replaces: replaced?.id ?? null,
        },
      },
    };
  },
});

/** The files this officer streamed to POST /api/evidence for this report: each must still be there. */
async function findEvidence(keys: string[], uploadedById: number, fieldErrors: FieldErrors) {
  const found = await Promise.all([...new Set(keys)].map((key) => findStaged(key, uploadedById)));
  if (found.some((f) => f === null)) fieldErrors.evidence = ["部分证明材料已失效，请重新选择文件后再提交"];
  return found.filter((f) => f !== null);
}
