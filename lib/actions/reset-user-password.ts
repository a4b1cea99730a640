"use server";
import { hashPassword } from "@/lib/auth/password";
import { ZResetPassword } from "@/lib/validation/user";
import { ActionRefusal, defineAction } from "./action";

/** An admin sets a temporary password: the owner must change it, and old sessions end. */
export const resetUserPassword = defineAction({
  name: "user.reset_password",
  roles: ["ADMIN"],
  schema: ZResetPassword,
  run: async ({ tx, input }) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, username: true } });
    if (!user) throw new ActionRefusal("该账号不存在。", "not_found");
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(input.password),
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
        failedLogins: 0,
        lockouts: 0,
        lockedUntil: null,
      },
    });
    return { id: user.id, message: `已重置 ${user.username} 的密码，对方首次登录须修改密码。`, audit: { objectType: "user", objectId: user.id, after: { passwordReset: true } } };
  },
});
