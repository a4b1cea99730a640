// The first administrator of a deployment (`npm run admin:create`): outside demo mode the seed
// creates no account at all. Validated like an admin's "create account" form, written in one
// transaction with its audit row.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import "@/lib/validation/zod-locale";
import type { Db } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/auth/password";
import { ZCreateUser } from "@/lib/validation/user";

export type AdminCreateResult = { ok: true; username: string; oneTimePassword: string | null } | { ok: false; errors: string[] };

/** A password that passes the policy: 20 characters of four classes, for one sign-in. */
export function oneTimePassword(): string {
  const bytes = randomBytes(15).toString("base64url").replace(/[-_]/g, "x");
  return `Ls#${bytes}9a`;
}

export async function createAdmin(
  db: Db,
  { username, displayName = "系统管理员", password }: { username: string; displayName?: string; password: string | null },
): Promise<AdminCreateResult> {
  const secret = password ?? oneTimePassword();
  const parsed = ZCreateUser.safeParse({ username, displayName, password: secret, role: "ADMIN", departmentIds: [], strategyIds: [] });
  if (!parsed.success) return { ok: false, errors: Object.values(z.flattenError(parsed.error).fieldErrors).flat() as string[] };
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      return { ok: false as const, errors: [`用户名 ${input.username} 已被使用。`] };
    }
    const user = await tx.user.create({
      // A printed one-time password must be replaced at the first sign-in; a typed one need not.
      data: { username: input.username, displayName: input.displayName, role: "ADMIN", passwordHash, mustChangePassword: password === null },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        actorName: "system (npm run admin:create)",
        action: "user.create",
        objectType: "user",
        objectId: String(user.id),
        after: { username: input.username, displayName: input.displayName, role: "ADMIN", oneTimePassword: password === null },
      },
    });
    return { ok: true as const, username: input.username, oneTimePassword: password === null ? secret : null };
  });
}
