"use server";
import { publicTags } from "@/lib/cache-tags";
import { ZUpdateIndicator } from "@/lib/validation/plan-structure";
import { ActionRefusal, defineAction } from "./action";
import { assertMeasurePlanWritable } from "./plan-guard";
import { bumpMeasureVersion } from "./measure-version";

/** An admin edits an indicator's target, baseline, comparison or deadline. Version-checked on its measure. */
export const updateIndicator = defineAction({
  name: "indicator.update",
  roles: ["ADMIN"],
  schema: ZUpdateIndicator,
  run: async ({ tx, input }) => {
    const before = await tx.indicator.findUnique({
      where: { id: input.indicatorId },
      select: { measureId: true, kind: true, name: true, unit: true, baselineValue: true, targetValue: true, comparison: true, deadline: true, baselineDate: true },
    });
    if (!before) throw new ActionRefusal("该指标不存在。", "not_found");
    await assertMeasurePlanWritable(tx, before.measureId, "edit");
    const fieldErrors: Record<string, string[]> = {};
    if (input.deadline < before.baselineDate) fieldErrors.deadline = ["完成期限不能早于基期日期"];
    if (before.kind === "PERCENT" && (Number(input.targetValue) > 100 || Number(input.baselineValue) > 100)) fieldErrors.targetValue = ["百分比不能超过 100"];
    if (before.kind === "MILESTONE" && input.targetValue !== "1") fieldErrors.targetValue = ["是否完成类指标的目标值须为 1"];
    if (Object.keys(fieldErrors).length) throw new ActionRefusal("填写内容有误，请按提示修改后再提交。", "invalid", fieldErrors);
    await bumpMeasureVersion(tx, before.measureId, input.version);
    const { indicatorId, version: _version, ...data } = input;
    await tx.indicator.update({ where: { id: indicatorId }, data });
    return {
      id: indicatorId,
      message: "指标已更新。",
      tags: publicTags(before.measureId),
      audit: { objectType: "indicator", objectId: indicatorId, before, after: data },
    };
  },
});
