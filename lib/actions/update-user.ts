"use server";
import { ZUpdateUser } from "@/lib/validation/user";
import { ActionRefusal, defineAction } from "./action";
import { assignmentData, checkAssignment } from "./user-assignment";

/**
 * An admin changes an account's name, role, departments, strategies or enables/disables it.
 * A role change or a disable ends the account's sessions (its session version moves on).
 */
export const updateUser = defineAction({
  name: "user.update",
  roles: ["ADMIN"],
  schema: ZUpdateUser,
  run: async ({ tx, actor, input }) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { displayName: true, email: true, role: true, isActive: true, departments: { select: { departmentId: true } }, strategies: { select: { strategyId: true } } },
    });
    if (!before) throw new ActionRefusal("该账号不存在。", "not_found");
    if (input.userId === actor.id && (!input.isActive || input.role !== "ADMIN")) {
      throw new ActionRefusal("不能停用自己的账号或取消自己的管理员角色。", "invalid");
    }
    await checkAssignment(tx, input);
    const revoke = before.role !== input.role || (before.isActive && !input.isActive);
    await tx.user.update({
      where: { id: input.userId },
      data: {
        displayName: input.displayName,
        ...(input.email !== undefined && { email: input.email }),
        role: input.role,
        isActive: input.isActive,
        ...(revoke && { sessionVersion: { increment: 1 } }),
        departments: { deleteMany: {}, ...assignmentData(input).departments },
        strategies: { deleteMany: {}, ...assignmentData(input).strategies },
      },
    });
    return {
      id: input.userId,
      message: revoke ? "账号已更新，该账号的现有登录已失效。" : "账号已更新。",
      audit: {
        objectType: "user",
        objectId: input.userId,
        before: { ...before, departmentIds: before.departments.map((d) => d.departmentId), strategyIds: before.strategies.map((s) => s.strategyId), departments: undefined, strategies: undefined },
        after: input,
      },
    };
  },
});
