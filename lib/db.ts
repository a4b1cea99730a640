import "server-only";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// One client per server process; kept on globalThis so dev-mode reloads do not leak pools.
const globalForDb = globalThis as unknown as { liushiDb?: Db };

export function getDb(): Db {
  globalForDb.liushiDb ??= createPrismaClient();
  return globalForDb.liushiDb;
}
