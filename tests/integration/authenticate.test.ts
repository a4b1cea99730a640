import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { addressDelayMs, IP_FAILURE_LIMIT } from "@/lib/auth/lockout";
import { createPrismaClient } from "@/lib/prisma-client";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

const PASSWORD = "Correct#Horse2026";

async function freshUser(username: string) {
  await db.user.create({ data: { username, displayName: "登录测试", role: "OFFICER", passwordHash: await hashPassword(PASSWORD), mustChangePassword: false } });
}
const lastAudit = (actorName: string) => db.auditLog.findFirstOrThrow({ where: { actorName }, orderBy: { id: "desc" } });

describe("authenticate", () => {
  it("signs in with the right password and audits it with the address", async () => {
    await freshUser("login-ok");
    expect(await authenticate({ username: "Login-OK ", password: PASSWORD }, "198.51.100.1")).toMatchObject({ role: "OFFICER" });
    expect(await lastAudit("login-ok")).toMatchObject({ action: "auth.login", ip: "198.51.100.1" });
    expect((await db.user.findUniqueOrThrow({ where: { username: "login-ok" } })).lastLoginAt).toBeInstanceOf(Date);
  });

  it("answers an unknown account exactly as a wrong password, and audits both", async () => {
    await freshUser("login-wrong");
    const unknown = await authenticate({ username: "no-such-user", password: PASSWORD }, null);
    const wrong = await authenticate({ username: "login-wrong", password: "Wrong#Horse2026" }, null);
    expect(unknown).toBeNull();
    expect(wrong).toBeNull();
    expect((await lastAudit("no-such-user")).after).toEqual({ reason: "unknown_account" });
    expect((await lastAudit("login-wrong")).after).toEqual({ reason: "wrong_password" });
  });

  it("locks the account for 10 minutes after 5 failures, even against the right password", async () => {
    await freshUser("login-lock");
    for (let i = 0; i < 5; i++) expect(await authenticate({ username: "login-lock", password: `Wrong#${i}abcdef` }, null)).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { username: "login-lock" } });
    expect(user.lockouts).toBe(1);
    const minutes = (user.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9.5);
    expect(minutes).toBeLessThanOrEqual(10);
    expect(await authenticate({ username: "login-lock", password: PASSWORD }, null)).toBeNull();
    expect((await lastAudit("login-lock")).after).toEqual({ reason: "locked" });
  });

  it("counts parallel wrong guesses one after another: ten at once lock the account, none gets a sixth try", async () => {
    await freshUser("login-race");
    const guesses = await Promise.all(Array.from({ length: 10 }, (_, i) => authenticate({ username: "login-race", password: `Wrong#${i}abcdef` }, null)));
    expect(guesses.every((g) => g === null)).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: "login-race" } });
    expect(user.lockouts).toBe(1);
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const reasons = await db.auditLog.findMany({ where: { actorName: "login-race" }, select: { after: true } });
    expect(reasons.filter((r) => (r.after as { reason: string }).reason === "wrong_password")).toHaveLength(5);
    expect(reasons.filter((r) => (r.after as { reason: string }).reason === "locked")).toHaveLength(5);
  });

  it("writes the counters, the session and the audit row together or not at all", async () => {
    await freshUser("login-atomic");
    // The audit insert fails for this one account: nothing else of the attempt may stay.
    await db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."actorName" = 'login-atomic' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "audit_log" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`);
    try {
      await expect(authenticate({ username: "login-atomic", password: "Wrong#Horse2026" }, null)).rejects.toThrow();
      await expect(authenticate({ username: "login-atomic", password: PASSWORD }, null)).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_audit ON "audit_log"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_audit()`);
    }
    const user = await db.user.findUniqueOrThrow({ where: { username: "login-atomic" }, include: { loginSessions: true } });
    expect(user).toMatchObject({ failedLogins: 0, lastLoginAt: null, loginSessions: [] });
  });

  it("refuses a disabled account", async () => {
    await freshUser("login-off");
    await db.user.update({ where: { username: "login-off" }, data: { isActive: false } });
    expect(await authenticate({ username: "login-off", password: PASSWORD }, null)).toBeNull();
    expect((await lastAudit("login-off")).after).toEqual({ reason: "disabled" });
  });

  it("slows an address down after too many failures, but lets valid credentials from it in (an office behind one NAT address)", async () => {
    await freshUser("login-ip");
    const ip = "203.0.113.99";
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) await authenticate({ username: `nobody-${i}`, password: "Wrong#Horse2026" }, ip);
    const started = Date.now();
    expect(await authenticate({ username: "login-ip", password: PASSWORD }, ip)).not.toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(addressDelayMs(IP_FAILURE_LIMIT) - 5);
    expect(await lastAudit("login-ip")).toMatchObject({ action: "auth.login", ip });
    expect(await authenticate({ username: "login-ip", password: "Wrong#Horse2026" }, ip)).toBeNull();
  });

  it.each([[null], [{}], [{ username: "", password: "" }], [{ username: "x".repeat(65), password: "a" }], [{ username: ["a"], password: 1 }]])("rejects malformed credentials %j", async (creds) => {
    expect(await authenticate(creds, null)).toBeNull();
  });
});
