import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { verifyPassword } from "./password";

const ZCredentials = z.object({ username: z.string().trim().toLowerCase().min(1).max(64), password: z.string().min(1).max(256) });

// A valid argon2id hash of a random string: an unknown account costs the same verify as a
// wrong password, so response time does not tell which accounts exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$P1HqT8B1uexkyYKK6blRQA$9klrQWTX82+Lf6R2yIiBnwFyYWkkouNHVFYmjw/+nP8";

/** Checks a username and password; writes the attempt, success or failure, to the audit log. */
export async function authenticate(credentials: unknown, ip: string | null) {
  const parsed = ZCredentials.safeParse(credentials);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const db = getDb();
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, username: true, displayName: true, passwordHash: true, role: true, isActive: true, sessionVersion: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  const ok = Boolean(user && user.isActive && passwordOk);
  await db.auditLog.create({
    data: {
      actorId: user?.id ?? null,
      actorName: username,
      action: ok ? "auth.login" : "auth.login_failed",
      objectType: "session",
      objectId: user ? String(user.id) : null,
      after: ok ? undefined : { reason: !user ? "unknown_account" : !user.isActive ? "disabled" : "wrong_password" },
      ip,
    },
  });
  if (!ok || !user) return null;
  return { id: String(user.id), name: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
}
