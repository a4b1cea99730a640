"use server";
import { hashPassword } from "@/lib/auth/password";
import { ZCreateUser } from "@/lib/validation/user";
import { ActionRefusal, defineAction } from "./action";
import { assignmentData, checkAssignment } from "./user-assignment";

/** An admin creates an account; its owner must change the initial password at first login. */
export const createUser = defineAction({
  name: "user.create",
  roles: ["ADMIN"],
  schema: ZCreateUser,
  run: async ({ tx, input }) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new ActionRefusal("该用户名已被使用。", "invalid", { username: ["该用户名已被使用"] });
    }
    await checkAssignment(tx, input);
    const user = await tx.user.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        email: input.email ?? null,
        passwordHash: await hashPassword(input.password),
        mustChangePassword: true,
        ...assignmentData(input),
      },
      select: { id: true },
    });
    const { password: _secret, ...recorded } = input;
    return { id: user.id, message: `已创建账号 ${input.username}。`, audit: { objectType: "user", objectId: user.id, after: recorded } };
  },
});
