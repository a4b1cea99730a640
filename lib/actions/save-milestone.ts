"use server";
import { publicTags } from "@/lib/cache-tags";
import { ZSaveMilestone } from "@/lib/validation/plan-structure";
import { ActionRefusal, defineAction } from "./action";
import { assertMeasurePlanWritable } from "./plan-guard";
import { bumpMeasureVersion } from "./measure-version";

/** An admin adds a milestone to a measure or changes one's name or planned date. */
export const saveMilestone = defineAction({
  name: "milestone.save",
  roles: ["ADMIN"],
  schema: ZSaveMilestone,
  run: async ({ tx, input }) => {
    const measure = await tx.measure.findUnique({ where: { id: input.measureId }, select: { id: true, milestones: { select: { id: true, name: true, plannedDate: true, order: true } } } });
    if (!measure) throw new ActionRefusal("该举措不存在。", "not_found");
    await assertMeasurePlanWritable(tx, measure.id, "edit");
    const existing = input.milestoneId ? measure.milestones.find((m) => m.id === input.milestoneId) : undefined;
    if (input.milestoneId && !existing) throw new ActionRefusal("该里程碑不属于此举措。", "not_found");
    await bumpMeasureVersion(tx, measure.id, input.version);
    const data = { name: input.name, plannedDate: input.plannedDate };
    const milestone = existing
      ? await tx.milestone.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.milestone.create({
          data: { ...data, measureId: measure.id, order: Math.max(-1, ...measure.milestones.map((m) => m.order)) + 1 },
          select: { id: true },
        });
    return {
      id: milestone.id,
      message: existing ? "里程碑已更新。" : "已新增里程碑。",
      tags: publicTags(measure.id),
      audit: { objectType: "milestone", objectId: milestone.id, before: existing ?? null, after: { measureId: measure.id, ...data } },
    };
  },
});
