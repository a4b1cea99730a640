// /api/health (issue 11): the database, the migrations and the free space, 503 when one fails.
import { afterAll, describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health";
import { migrationNames } from "@/lib/migrations";
import { createPrismaClient } from "@/lib/prisma-client";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

describe("checkHealth", () => {
  it("is ok on a migrated database with space left", async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ ok: true, database: "ok", migrations: "current", pendingMigrations: [] });
    expect(health.disk[0]).toMatchObject({ folder: "uploads", ok: true });
  });

  it("reports a migration that is not applied, and is then not ok", async () => {
    const last = migrationNames().at(-1)!;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "migration_name" = ${last}`;
    try {
      expect(await checkHealth()).toMatchObject({ ok: false, migrations: "pending", pendingMigrations: [last] });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = NULL WHERE "migration_name" = ${last}`;
    }
  });
});
