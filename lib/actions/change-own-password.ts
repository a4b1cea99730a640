"use server";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ZChangeOwnPassword } from "@/lib/validation/user";
import { ActionRefusal, defineAction } from "./action";

/** Any signed-in user changes their own password; other sessions of the account end. */
export const changeOwnPassword = defineAction({
  name: "user.change_password",
  roles: ["ADMIN", "LEADER", "OFFICER"],
  schema: ZChangeOwnPassword,
  allowBeforePasswordChange: true,
  run: async ({ tx, actor, input }) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new ActionRefusal("当前密码不正确。", "invalid", { currentPassword: ["当前密码不正确"] });
    }
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    return { message: "密码已修改，请用新密码重新登录。", audit: { objectType: "user", objectId: actor.id, after: { passwordChanged: true } } };
  },
});
