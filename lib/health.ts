import "server-only";
import { existsSync, statfsSync } from "node:fs";
import path from "node:path";
import { getDb } from "@/lib/db";
import { uploadDir } from "@/lib/evidence/storage";
import { pendingMigrations } from "@/lib/migrations";

/** Below this much free space in the data or upload folder, the service reports itself unhealthy. */
export const MIN_FREE_BYTES = 200 * 1024 * 1024;

export type Health = {
  ok: boolean;
  database: "ok" | "unreachable";
  migrations: "current" | "pending" | "unknown";
  pendingMigrations: string[];
  disk: { folder: string; freeMb: number; ok: boolean }[];
};

/** The nearest existing folder of `dir`: the upload folder is created at the first upload. */
function existing(dir: string): string {
  let current = path.resolve(dir);
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

function freeSpace(label: string, dir: string) {
  const stats = statfsSync(existing(dir));
  const free = Number(stats.bavail) * Number(stats.bsize);
  return { folder: label, freeMb: Math.floor(free / 2 ** 20), ok: free >= MIN_FREE_BYTES };
}

export async function checkHealth(): Promise<Health> {
  const db = getDb();
  let database: Health["database"] = "ok";
  let pending: string[] = [];
  try {
    pending = await pendingMigrations(async (sql) => ({ rows: await db.$queryRawUnsafe<{ migration_name: string }[]>(sql) }));
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    console.error("[health] database unreachable", error);
    database = "unreachable";
  }
  const folders = [freeSpace("uploads", uploadDir())];
  if (process.env.LIUSHI_EMBEDDED === "1") folders.push(freeSpace("data", process.env.LIUSHI_DATA_DIR ?? ".data"));
  const migrations = database === "ok" ? (pending.length ? "pending" : "current") : "unknown";
  return { ok: database === "ok" && migrations === "current" && folders.every((f) => f.ok), database, migrations, pendingMigrations: pending, disk: folders };
}
