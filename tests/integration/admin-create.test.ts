// The first administrator (issue 11): validated, audited, and a printed password must be changed.
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { createPrismaClient } from "@/lib/prisma-client";
import { createAdmin } from "@/lib/server/admin-create";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

describe("createAdmin", () => {
  it("creates an administrator with a typed password, audited, who can sign in", async () => {
    const result = await createAdmin(db, { username: "Chief.Admin", password: "Strong#Liushi2026" });
    expect(result).toEqual({ ok: true, username: "chief.admin", oneTimePassword: null });
    const user = await db.user.findUniqueOrThrow({ where: { username: "chief.admin" } });
    expect(user).toMatchObject({ role: "ADMIN", mustChangePassword: false, isActive: true });
    expect(await db.auditLog.findFirst({ where: { action: "user.create", objectId: String(user.id) } })).toMatchObject({ actorName: "system (npm run admin:create)" });
    expect(await authenticate({ username: "chief.admin", password: "Strong#Liushi2026" }, null)).toMatchObject({ role: "ADMIN" });
  });

  it("prints a one-time password that passes the policy and must be changed", async () => {
    const result = await createAdmin(db, { username: "night-admin", password: null });
    expect(result.ok && result.oneTimePassword).toMatch(/^.{20,}$/);
    expect((await db.user.findUniqueOrThrow({ where: { username: "night-admin" } })).mustChangePassword).toBe(true);
  });

  it("refuses a weak password, a bad name or a taken name, in Chinese, and writes nothing", async () => {
    const before = await db.user.count();
    const weak = await createAdmin(db, { username: "weak-admin", password: "password" });
    expect(weak.ok).toBe(false);
    expect(!weak.ok && weak.errors.join("")).toMatch(/密码/);
    expect(await createAdmin(db, { username: "x", password: "Strong#Liushi2026" })).toMatchObject({ ok: false, errors: [expect.stringContaining("用户名")] });
    expect(await createAdmin(db, { username: "admin", password: "Strong#Liushi2026" })).toMatchObject({ ok: false, errors: ["用户名 admin 已被使用。"] });
    expect(await db.user.count()).toBe(before);
  });
});
