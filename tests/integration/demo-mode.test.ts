// Demo mode (issue 11): the published demo password opens nothing outside demo mode, and a
// production seed writes the plan and departments only.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { DEMO_PASSWORD } from "@/lib/demo-mode";
import { createPrismaClient } from "@/lib/prisma-client";
import { accountsWithDemoPassword } from "@/lib/server/demo-accounts-check";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../support/test-database";

const db = createPrismaClient();
afterAll(() => db.$disconnect());
afterEach(() => {
  process.env.LIUSHI_DEMO = "1";
});

describe("demo mode", () => {
  it("lets a demo account sign in with the published password in demo mode only", async () => {
    expect(await authenticate({ username: "leader", password: DEMO_PASSWORD }, null)).toMatchObject({ role: "LEADER" });
    process.env.LIUSHI_DEMO = "0";
    expect(await authenticate({ username: "admin", password: DEMO_PASSWORD }, null)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorName: "admin" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "auth.login_failed", after: { reason: "demo_password" } });
  });

  it("names the active accounts that still have the demo password", async () => {
    const exposed = await accountsWithDemoPassword(db);
    expect(exposed).toContain("admin");
    expect(exposed).toContain("leader");
  });

  it("seeds the plan and departments only outside demo mode: no account, no report", async () => {
    // A fresh database of the run's kind: on the embedded run, a new in-memory PGlite (PGlite has
    // one database, so CREATE DATABASE on the run's would give back the seeded one).
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
    const serverUrl = process.env.DATABASE_URL;
    if (version.includes("PGlite")) delete process.env.DATABASE_URL;
    let fresh: Awaited<ReturnType<typeof createTestDatabase>>;
    try {
      fresh = await createTestDatabase({ seed: false });
    } finally {
      process.env.DATABASE_URL = serverUrl;
    }
    const client = createPrismaClient(fresh.url);
    try {
      // LIUSHI_SEED_PLAN=0: a town that loads its own plan gets nothing of Liushi's.
      expect(await seedDatabase(client, { demo: false, plan: false })).toEqual({ seeded: false, measures: 0, reports: 0 });
      expect([await client.plan.count(), await client.department.count()]).toEqual([0, 0]);
      const result = await seedDatabase(client, { demo: false });
      expect(result).toMatchObject({ seeded: true, reports: 0 });
      expect(await client.plan.findMany({ select: { state: true } })).toEqual([{ state: "CURRENT" }]);
      expect(await client.user.count()).toBe(0);
      expect(await client.progressReport.count()).toBe(0);
      expect(await client.department.count()).toBeGreaterThan(10);
      expect(await client.measure.count()).toBe(result.measures);
      expect(await client.measure.count({ where: { reportingCycle: "QUARTERLY" } })).toBe(0);
    } finally {
      await client.$disconnect();
      await fresh.drop();
    }
  });
});
