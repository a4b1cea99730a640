import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { DEMO_PASSWORD, isDemoMode } from "@/lib/demo-mode";
import { verifyPassword } from "./password";
import { addressDelayMs, AFTER_SUCCESS, afterFailure, IP_WINDOW_MINUTES, isLocked, type LoginCounters } from "./lockout";
import { startLoginSession } from "./login-session";

const ZCredentials = z.object({ username: z.string().trim().toLowerCase().min(1).max(64), password: z.string().min(1).max(256) });

// A valid argon2id hash of a random string: an unknown account costs the same verify as a
// wrong password, so response time does not tell which accounts exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$P1HqT8B1uexkyYKK6blRQA$9klrQWTX82+Lf6R2yIiBnwFyYWkkouNHVFYmjw/+nP8";

// Parallel attempts on one account wait for each other's row lock; none takes long.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

type Reason = "unknown_account" | "disabled" | "locked" | "wrong_password" | "demo_password";
type LockedRow = LoginCounters & { isActive: boolean; sessionVersion: number; passwordHash: string };

/**
 * Checks a username and password. Every attempt is audited; the caller only learns
 * "signed in" or "not" — never which of account, password, lock or limit failed. A database
 * that cannot be reached throws (the form then says the service is unavailable).
 */
export async function authenticate(credentials: unknown, ip: string | null) {
  const parsed = ZCredentials.safeParse(credentials);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const db = getDb();
  const now = new Date();
  const [user, recentFailuresFromIp] = await Promise.all([
    db.user.findUnique({ where: { username }, select: { id: true, displayName: true, role: true, passwordHash: true } }),
    ip ? db.auditLog.count({ where: { ip, action: "auth.login_failed", at: { gte: new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000) } } }) : 0,
  ]);
  // Always verify, whatever else fails, so that every refusal takes the same time. Slow on
  // purpose, so outside the transaction: the row is locked only for the decision below.
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  // An address with many recent failures is slowed down, never refused: see addressDelayMs.
  const delay = addressDelayMs(recentFailuresFromIp);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

  return db.$transaction(async (tx) => {
    // The counters are read under the row's lock and written in the same transaction: parallel
    // wrong guesses queue here, each one counting on the one before, so none gets past the fifth.
    const [row] = user
      ? await tx.$queryRaw<LockedRow[]>`
          SELECT "isActive", "sessionVersion", "passwordHash", "failedLogins", "lockouts", "lockedUntil"
          FROM "app_user" WHERE "id" = ${user.id} FOR UPDATE`
      : [];
    let reason: Reason | null = null;
    if (!user || !row) reason = "unknown_account";
    else if (!row.isActive) reason = "disabled";
    else if (isLocked(row, now)) reason = "locked";
    // The password checked must still be the account's (it may have changed meanwhile).
    else if (!passwordOk || row.passwordHash !== user.passwordHash) reason = "wrong_password";
    // The demo password is published: outside demo mode it opens nothing (a database seeded by
    // older code may still hold demo accounts; the start log names them).
    else if (password === DEMO_PASSWORD && !isDemoMode()) reason = "demo_password";

    if (user && row && (reason === null || reason === "wrong_password")) {
      const counters = reason === null ? AFTER_SUCCESS : afterFailure(row, now);
      await tx.user.update({ where: { id: user.id }, data: { ...counters, ...(reason === null && { lastLoginAt: now }) } });
    }
    const sessionId = user && row && reason === null ? await startLoginSession(tx, user.id, now) : null;
    await tx.auditLog.create({
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
    if (!user || !row || !sessionId) return null;
    return { id: String(user.id), name: user.displayName, role: user.role, sessionVersion: row.sessionVersion, sessionId };
  }, TRANSACTION_OPTIONS);
}
