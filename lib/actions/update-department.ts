"use server";
import { publicTags } from "@/lib/cache-tags";
import { ZUpdateDepartment } from "@/lib/validation/plan-structure";
import { ActionRefusal, defineAction } from "./action";

export const updateDepartment = defineAction({
  name: "department.update",
  roles: ["ADMIN"],
  schema: ZUpdateDepartment,
  run: async ({ tx, input }) => {
    const before = await tx.department.findUnique({ where: { id: input.departmentId }, select: { name: true } });
    if (!before) throw new ActionRefusal("该部门不存在。", "not_found");
    if (await tx.department.findFirst({ where: { name: input.name, id: { not: input.departmentId } }, select: { id: true } })) {
      throw new ActionRefusal("部门名称已存在。", "invalid", { name: ["部门名称已存在"] });
    }
    await tx.department.update({ where: { id: input.departmentId }, data: { name: input.name } });
    return {
      message: "部门名称已更新。",
      tags: publicTags(),
      audit: { objectType: "department", objectId: input.departmentId, before, after: { name: input.name } },
    };
  },
});
