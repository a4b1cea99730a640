import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Session } from "next-auth";
import { authenticate } from "@/lib/auth/authenticate";
import { actorForSession, endLoginSession, type SessionClaims } from "@/lib/auth/login-session";
import { DEMO_PASSWORD } from "@/lib/demo-mode";
import { createPrismaClient } from "@/lib/prisma-client";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { GET as inboxCount } from "@/app/api/inbox/count/route";
import { reportingFixture } from "../support/db-utils";

// Issue 12, item 8: a copied session cookie kept working after logout. Here the cookie is what
// next-auth decodes from it (the session object auth() returns); the real getCurrentUser, the
// action wrapper and the inbox count route read it as they would in a request.
const cookie: { session: Session | null } = { session: null };
vi.mock("@/lib/auth/index", () => ({ auth: async () => cookie.session }));
vi.mock("@/lib/auth/current-user", async () => vi.importActual("@/lib/auth/current-user"));

const db = createPrismaClient();
afterAll(() => db.$disconnect());

let fx: Awaited<ReturnType<typeof reportingFixture>>;
beforeEach(async () => {
  fx = await reportingFixture(db);
  cookie.session = null;
});

/** Signs in as the login form does and returns the cookie's session. */
async function logIn(username: string): Promise<Session> {
  const user = await authenticate({ username, password: DEMO_PASSWORD }, "198.51.100.8");
  if (!user) throw new Error(`could not sign in as ${username}`);
  return { expires: new Date(Date.now() + 1800_000).toISOString(), user: { id: user.id, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId: user.sessionId } };
}
const claimsOf = (s: Session): SessionClaims => ({ userId: Number(s.user.id), sessionId: s.user.sessionId, sessionVersion: s.user.sessionVersion });

async function saveDraft() {
  const measure = await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id }, select: { version: true } });
  return submitProgressReport(null, {
    measureId: String(fx.measure.id), period: "2021-12", status: "ON_TRACK", narrative: "复制的会话在退出后仍在保存草稿。",
    basedOnVersion: String(measure.version), values: {}, intent: "draft",
  });
}

describe("logout ends the session on the server", () => {
  it("a copied cookie reused after logout opens nothing: no user, no inbox count, no saved draft", async () => {
    const copied = await logIn(fx.own);
    cookie.session = copied;
    expect(await actorForSession(claimsOf(copied))).toMatchObject({ username: fx.own });
    expect((await inboxCount()).status).toBe(200);

    await endLoginSession(claimsOf(copied), "198.51.100.8"); // what the logout button does
    expect(await db.auditLog.findFirst({ where: { actorName: fx.own, action: "auth.logout" } })).toMatchObject({ ip: "198.51.100.8" });

    // The same cookie, sent again by whoever copied it.
    expect(await actorForSession(claimsOf(copied))).toBeNull();
    const count = await inboxCount();
    expect(count.status).toBe(401);
    expect(await count.json()).toEqual({ count: 0 });
    const drafts = await db.progressReport.count({ where: { measureId: fx.measure.id } });
    expect(await saveDraft()).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await db.progressReport.count({ where: { measureId: fx.measure.id } })).toBe(drafts);
  });

  it("ends only that session: the same user signed in elsewhere stays signed in", async () => {
    const phone = await logIn(fx.own);
    const desk = await logIn(fx.own);
    await endLoginSession(claimsOf(phone), null);
    expect(await actorForSession(claimsOf(phone))).toBeNull();
    expect(await actorForSession(claimsOf(desk))).toMatchObject({ username: fx.own });
  });

  it("refuses a session past its absolute end, a cookie without a session, and another user's session id", async () => {
    const session = await logIn(fx.own);
    expect(await actorForSession(claimsOf(session), new Date(Date.now() + 12 * 3600_000 + 1000))).toBeNull();
    expect(await actorForSession({ ...claimsOf(session), sessionId: undefined })).toBeNull();
    const other = await db.user.findUniqueOrThrow({ where: { username: fx.outsider }, select: { id: true } });
    expect(await actorForSession({ ...claimsOf(session), userId: other.id })).toBeNull();
    // Nor can another user end it.
    await endLoginSession({ ...claimsOf(session), userId: other.id }, null);
    expect(await actorForSession(claimsOf(session))).not.toBeNull();
  });

  it("a password change (session version) still ends every session", async () => {
    const session = await logIn(fx.own);
    await db.user.update({ where: { id: Number(session.user.id) }, data: { sessionVersion: { increment: 1 } } });
    expect(await actorForSession(claimsOf(session))).toBeNull();
  });
});
