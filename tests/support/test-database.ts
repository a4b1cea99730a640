// A fresh, migrated and seeded database for one test run: a new database with a random name
// on the PostgreSQL of DATABASE_URL when it is set, else an in-memory embedded PGlite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDb } from "@/lib/server/embedded-db";
import { migrateDeploy } from "@/lib/server/migrate";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/prisma/seed/seed";

export type TestDatabase = { url: string; kind: "postgresql" | "pglite"; drop: () => Promise<void> };

export async function createTestDatabase({ seed = true } = {}): Promise<TestDatabase> {
  const db = process.env.DATABASE_URL ? await createOnServer(process.env.DATABASE_URL) : await createEmbedded();
  try {
    await migrateDeploy(db.url, { quiet: true });
    if (seed) {
      const client = createPrismaClient(db.url);
      await seedDatabase(client);
      await client.$disconnect();
    }
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
}

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `liushi_test_${randomBytes(5).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), kind: "postgresql", drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function createEmbedded(): Promise<TestDatabase> {
  const embedded = await startEmbeddedDb({ dataDir: null });
  return { url: embedded.url, kind: "pglite", drop: embedded.stop };
}
