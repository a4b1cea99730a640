// Outside demo mode, active accounts that still sign in with the published demo password (a
// database seeded by older code) are named in the start log; authenticate() refuses them.
import type { Db } from "@/lib/prisma-client";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/demo-mode";

export async function accountsWithDemoPassword(db: Db): Promise<string[]> {
  const users = await db.user.findMany({ where: { isActive: true }, select: { username: true, passwordHash: true }, orderBy: { username: "asc" } });
  const exposed: string[] = [];
  for (const u of users) if (await verifyPassword(u.passwordHash, DEMO_PASSWORD)) exposed.push(u.username);
  return exposed;
}
