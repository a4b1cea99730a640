// Builds a Prisma client over node-postgres. Shared by the app (lib/db.ts), the seed and
// start-up scripts and the tests; the app itself imports lib/db.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client.ts";

/**
 * The pool's size and how long an idle connection stays open. A new PostgreSQL connection pays
 * ~150 ms on its first status judgement (catalog caches, plans), so on PostgreSQL idle connections
 * stay 5 minutes: a leader who reads a dashboard for half a minute does not pay it on the next.
 * The embedded database keeps node-postgres's 10 s: its one connection is not held for nothing.
 * DATABASE_POOL_SIZE and DATABASE_POOL_IDLE_MS override both.
 */
export function poolOptions(env: NodeJS.ProcessEnv = process.env): { max: number; idleTimeoutMillis: number } {
  const max = Number(env.DATABASE_POOL_SIZE ?? 10);
  const idleTimeoutMillis = Number(env.DATABASE_POOL_IDLE_MS ?? (env.LIUSHI_EMBEDDED === "1" ? 10_000 : 300_000));
  return { max, idleTimeoutMillis };
}

export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...poolOptions() }) });
}

export type Db = ReturnType<typeof createPrismaClient>;
