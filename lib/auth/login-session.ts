import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/actions/action";
import { getDb } from "@/lib/db";
import { actorSelect, toActor, type Actor } from "./actor";
import { SESSION_ABSOLUTE_SECONDS } from "./config";

// Sessions live in PostgreSQL (login_session), not only in the signed cookie: a cookie stays
// valid until it expires, so without a row to end, logging out left a copied cookie working for
// up to 12 hours. Several app processes serve one database, so the check is there too.

/** What the session cookie says about its session (lib/auth/config.ts puts it there). */
export type SessionClaims = { userId: number; sessionId: string | undefined; sessionVersion: number };

/** Starts a session at login, inside the login's transaction; returns its id for the cookie. */
export async function startLoginSession(tx: Tx, userId: number, now: Date): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  await tx.loginSession.create({ data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_SECONDS * 1000) } });
  // Housekeeping: sessions past their absolute end for a day are of no further use.
  await tx.loginSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  return id;
}

/**
 * The signed-in user of a session cookie, or null when the session has ended (logout), passed
 * its absolute end, belongs to someone else, or the account was disabled or its session
 * version bumped (role or password change). One statement.
 */
export async function actorForSession(claims: SessionClaims, now = new Date()): Promise<Actor | null> {
  // Cookies from before server-side sessions carry no id: they sign in again.
  if (!claims.sessionId || !Number.isInteger(claims.userId)) return null;
  const session = await getDb().loginSession.findUnique({
    where: { id: claims.sessionId },
    select: { userId: true, expiresAt: true, endedAt: true, user: { select: { ...actorSelect, isActive: true, sessionVersion: true } } },
  });
  if (!session || session.endedAt || session.expiresAt <= now || session.userId !== claims.userId) return null;
  const { user } = session;
  if (!user.isActive || user.sessionVersion !== claims.sessionVersion) return null;
  return toActor(user);
}

/** Logout: ends the session in the database and audits it, in one transaction. */
export async function endLoginSession(claims: SessionClaims, ip: string | null): Promise<void> {
  const { sessionId, userId } = claims;
  if (!sessionId) return;
  await getDb().$transaction(async (tx) => {
    const ended = await tx.loginSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: new Date() } });
    if (ended.count === 0) return; // already ended, or not this user's: nothing to record
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true } });
    await tx.auditLog.create({
      data: { actorId: userId, actorName: user?.username ?? String(userId), action: "auth.logout", objectType: "session", objectId: String(userId), ip },
    });
  });
}
