import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { IP_FAILURE_LIMIT } from "@/lib/auth/lockout";
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

  it("refuses a disabled account", async () => {
    await freshUser("login-off");
    await db.user.update({ where: { username: "login-off" }, data: { isActive: false } });
    expect(await authenticate({ username: "login-off", password: PASSWORD }, null)).toBeNull();
    expect((await lastAudit("login-off")).after).toEqual({ reason: "disabled" });
  });

  it("blocks an address after too many failures, whatever the account", async () => {
    await freshUser("login-ip");
    const ip = "203.0.113.99";
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) await authenticate({ username: `nobody-${i}`, password: "Wrong#Horse2026" }, ip);
    expect(await authenticate({ username: "login-ip", password: PASSWORD }, ip)).toBeNull();
    expect((await lastAudit("login-ip")).after).toEqual({ reason: "ip_limited" });
    expect(await authenticate({ username: "login-ip", password: PASSWORD }, "203.0.113.100")).not.toBeNull();
  });

  it.each([[null], [{}], [{ username: "", password: "" }], [{ username: "x".repeat(65), password: "a" }], [{ username: ["a"], password: 1 }]])("rejects malformed credentials %j", async (creds) => {
    expect(await authenticate(creds, null)).toBeNull();
  });
});
