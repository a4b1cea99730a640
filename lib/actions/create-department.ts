"use server";
import { ZCreateDepartment } from "@/lib/validation/plan-structure";
import { ActionRefusal, defineAction } from "./action";

export const createDepartment = defineAction({
  name: "department.create",
  roles: ["ADMIN"],
  schema: ZCreateDepartment,
  run: async ({ tx, input }) => {
    const clash = await tx.department.findFirst({ where: { OR: [{ code: input.code }, { name: input.name }] }, select: { code: true } });
    if (clash) {
      const field = clash.code === input.code ? "code" : "name";
      throw new ActionRefusal("部门代码或名称已存在。", "invalid", { [field]: [field === "code" ? "部门代码已存在" : "部门名称已存在"] });
    }
    const department = await tx.department.create({ data: input, select: { id: true } });
    return { id: department.id, message: `已新增部门“${input.name}”。`, audit: { objectType: "department", objectId: department.id, after: input } };
  },
});
