// Which migrations the database has not applied yet: `npm start` skips the Prisma CLI (seconds
// of WebAssembly start-up) when there are none, and /api/health reports them.
import { readdirSync } from "node:fs";
import path from "node:path";

export function migrationNames(dir = path.resolve("prisma/migrations")): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{14}_/.test(e.name))
    .map((e) => e.name)
    .sort();
}

type Query = (sql: string) => Promise<{ rows: { migration_name: string }[] }>;

/** The migrations in prisma/migrations that are not applied (all of them on an empty database). */
export async function pendingMigrations(query: Query): Promise<string[]> {
  let applied: Set<string>;
  try {
    const { rows } = await query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    applied = new Set(); // no migrations table yet
  }
  return migrationNames().filter((name) => !applied.has(name));
}
