"use server";
import { Prisma } from "@/generated/prisma/client.ts";
import { measureScope } from "@/lib/dal/scope";
import { periodBounds, ZProgressReportInput } from "@/lib/validation/progress-report";
import { ActionRefusal, defineAction } from "./action";
import type { FieldErrors } from "./field-errors";

/**
 * An officer reports progress on a measure of one of their departments: saved as a draft or
 * submitted for review. Reports are append-only; each write bumps the measure's version, and a
 * report based on an older version is refused as a conflict rather than silently overwriting.
 */
export const submitProgressReport = defineAction({
  name: "progress_report.create",
  roles: ["OFFICER"],
  schema: ZProgressReportInput,
  run: async ({ tx, actor, input }) => {
    const measure = await tx.measure.findFirst({
      where: { id: input.measureId, ...measureScope(actor) },
      select: {
        id: true,
        code: true,
        version: true,
        taskArea: { select: { strategy: { select: { plan: { select: { startDate: true } } } } } },
        indicators: { select: { id: true, kind: true, derivedFromChildren: true } },
      },
    });
    // Another department's measure and a missing one get the same answer: no probing of ids.
    if (!measure) throw new ActionRefusal("未找到该举措，或该举措不属于您所在的部门。", "not_found");

    const { start, end } = periodBounds(input.period);
    const fieldErrors: FieldErrors = {};
    if (start < measure.taskArea.strategy.plan.startDate) fieldErrors.period = ["填报期早于规划期起始月份"];
    if (start > new Date()) fieldErrors.period = ["不能填报尚未开始的月份"];

    const byId = new Map(measure.indicators.map((i) => [String(i.id), i]));
    const values: { indicatorId: number; value: Prisma.Decimal }[] = [];
    for (const [id, raw] of Object.entries(input.values)) {
      const indicator = byId.get(id);
      const key = `values.${id}`;
      if (!indicator) fieldErrors[key] = ["该指标不属于此举措"];
      else if (indicator.derivedFromChildren) fieldErrors[key] = ["该指标由子项目完成情况自动汇总，无需填报"];
      else if (raw === "") continue;
      else if (indicator.kind === "PERCENT" && Number(raw) > 100) fieldErrors[key] = ["百分比不能超过 100"];
      else if (indicator.kind === "MILESTONE" && raw !== "0" && raw !== "1") fieldErrors[key] = ["是否完成请填 1（完成）或 0（未完成）"];
      else values.push({ indicatorId: indicator.id, value: new Prisma.Decimal(raw) });
    }
    if (Object.keys(fieldErrors).length > 0) throw new ActionRefusal("填写内容有误，请按提示修改后再提交。", "invalid", fieldErrors);

    if (input.basedOnVersion !== measure.version) throw conflict(measure.version);
    const bumped = await tx.measure.updateMany({
      where: { id: measure.id, version: input.basedOnVersion },
      data: { version: { increment: 1 } },
    });
    if (bumped.count !== 1) throw conflict(measure.version + 1);

    const submit = input.intent === "submit";
    const report = await tx.progressReport.create({
      data: {
        measureId: measure.id,
        periodStart: start,
        periodEnd: end,
        status: input.status,
        narrative: input.narrative,
        authorId: actor.id,
        basedOnVersion: input.basedOnVersion,
        values: { create: values },
      },
      select: { id: true },
    });
    // Values are written while the report is a draft: the database freezes them on submit.
    if (submit) {
      await tx.progressReport.update({ where: { id: report.id }, data: { reviewState: "SUBMITTED", submittedAt: new Date() } });
    }
    return {
      id: report.id,
      message: submit ? "填报已提交，等待分管领导审核。" : "草稿已保存。",
      audit: {
        objectType: "progress_report",
        objectId: report.id,
        after: { measure: measure.code, period: input.period, status: input.status, reviewState: submit ? "SUBMITTED" : "DRAFT", values },
      },
    };
  },
});

function conflict(currentVersion: number) {
  return new ActionRefusal(
    `该举措在您填写期间已被他人更新（当前版本 ${currentVersion}），为避免覆盖，请刷新页面查看最新内容后重新填报。`,
    "conflict",
  );
}
