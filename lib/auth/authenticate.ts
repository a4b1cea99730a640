import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { DEMO_PASSWORD, isDemoMode } from "@/lib/demo-mode";
import { verifyPassword } from "./password";
import { AFTER_SUCCESS, afterFailure, IP_FAILURE_LIMIT, IP_WINDOW_MINUTES, isLocked } from "./lockout";

const ZCredentials = z.object({ username: z.string().trim().toLowerCase().min(1).max(64), password: z.string().min(1).max(256) });

// A valid argon2id hash of a random string: an unknown account costs the same verify as a
// wrong password, so response time does not tell which accounts exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$P1HqT8B1uexkyYKK6blRQA$9klrQWTX82+Lf6R2yIiBnwFyYWkkouNHVFYmjw/+nP8";

type Reason = "unknown_account" | "disabled" | "locked" | "wrong_password" | "ip_limited" | "demo_password";

/**
 * Checks a username and password. Every attempt is audited; the caller only learns
 * "signed in" or "not" — never which of account, password, lock or limit failed.
 */
export async function authenticate(credentials: unknown, ip: string | null) {
  const parsed = ZCredentials.safeParse(credentials);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const db = getDb();
  const now = new Date();

  const [user, recentFailuresFromIp] = await Promise.all([
    db.user.findUnique({
      where: { username },
      select: { id: true, displayName: true, passwordHash: true, role: true, isActive: true, sessionVersion: true, failedLogins: true, lockouts: true, lockedUntil: true },
    }),
    ip ? db.auditLog.count({ where: { ip, action: "auth.login_failed", at: { gte: new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000) } } }) : 0,
  ]);
  // Always verify, whatever else fails, so that every refusal takes the same time.
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);

  let reason: Reason | null = null;
  if (recentFailuresFromIp >= IP_FAILURE_LIMIT) reason = "ip_limited";
  else if (!user) reason = "unknown_account";
  else if (!user.isActive) reason = "disabled";
  else if (isLocked(user, now)) reason = "locked";
  else if (!passwordOk) reason = "wrong_password";
  // The demo password is published: outside demo mode it opens nothing (a database seeded by
  // older code may still hold demo accounts; the start log names them).
  else if (password === DEMO_PASSWORD && !isDemoMode()) reason = "demo_password";

  if (user && (reason === null || reason === "wrong_password")) {
    const counters = reason === null ? AFTER_SUCCESS : afterFailure(user, now);
    await db.user.update({ where: { id: user.id }, data: { ...counters, ...(reason === null && { lastLoginAt: now }) } });
  }
  await db.auditLog.create({
    data: {
      actorId: user?.id ?? null,
      actorName: username,
      action: reason ? "auth.login_failed" : "auth.login",
      objectType: "session",
      objectId: user ? String(user.id) : null,
      after: reason ? { reason } : undefined,
      ip,
    },
  });
  if (reason || !user) return null;
  return { id: String(user.id), name: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
}
