"use server";
import { publicTags } from "@/lib/cache-tags";
import { ZUpdateMeasure } from "@/lib/validation/plan-structure";
import { ActionRefusal, defineAction } from "./action";
import { assertMeasurePlanWritable } from "./plan-guard";
import { bumpMeasureVersion } from "./measure-version";

/** An admin edits a measure: wording, departments, weight, reporting cycle. Version-checked. */
export const updateMeasure = defineAction({
  name: "measure.update",
  roles: ["ADMIN"],
  schema: ZUpdateMeasure,
  run: async ({ tx, input }) => {
    const before = await tx.measure.findUnique({
      where: { id: input.measureId },
      select: { title: true, leadDepartmentId: true, weight: true, reportingCycle: true, dueDay: true, departments: { select: { departmentId: true } } },
    });
    if (!before) throw new ActionRefusal("该举措不存在。", "not_found");
    await assertMeasurePlanWritable(tx, input.measureId, "edit");
    const departmentIds = [...new Set([input.leadDepartmentId, ...input.departmentIds])];
    if ((await tx.department.count({ where: { id: { in: departmentIds } } })) !== departmentIds.length) {
      throw new ActionRefusal("所选部门不存在。", "invalid", { departmentIds: ["所选部门不存在"] });
    }
    await bumpMeasureVersion(tx, input.measureId, input.version);
    await tx.measure.update({
      where: { id: input.measureId },
      data: {
        title: input.title,
        leadDepartmentId: input.leadDepartmentId,
        weight: input.weight,
        reportingCycle: input.reportingCycle,
        dueDay: input.dueDay,
        departments: { deleteMany: {}, create: departmentIds.map((departmentId) => ({ departmentId })) },
      },
    });
    return {
      id: input.measureId,
      message: "举措已更新。",
      tags: publicTags(input.measureId),
      audit: {
        objectType: "measure",
        objectId: input.measureId,
        before: { ...before, departments: before.departments.map((d) => d.departmentId) },
        after: { ...input, departmentIds },
      },
    };
  },
});
