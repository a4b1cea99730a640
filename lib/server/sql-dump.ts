// The backup's database dump: a plain SQL file that psql, PostgreSQL ≥ 15 and PGlite all execute.
// It is read in one REPEATABLE READ transaction (one consistent snapshot) over an ordinary
// connection, so the same code dumps PostgreSQL and the embedded PGlite while the app runs: the
// PGlite socket server runs one connection's transaction at a time, so the app's statements wait
// for the snapshot instead of mixing into it (pglite-tools' pg_dump drives the shared session
// directly, outside that queue; see docs/decisions/007-backup-and-restore.md).
//
// Layout: the schema is the Prisma migrations the database has applied, verbatim (their
// checksums match _prisma_migrations); then the data, one statement per line, loaded with
// session_replication_role = replica so that the append-only and staleness triggers neither block
// nor duplicate it; they fire again after COMMIT. Then the sequences.
import { createHash } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import type pg from "pg";
import { insertStatement, quoteIdent, sqlLiteral } from "./sql-literal";
import { type AppliedMigration, type LocalMigration, migrationProblems } from "./backup-manifest";

/** The line that separates the schema section from the data section (the restore streams the latter). */
export const DATA_SECTION = "-- liushi:data";
const BATCH_ROWS = 500;
const BATCH_CHARS = 1 << 20;

export type DumpResult = {
  migrations: AppliedMigration[];
  tables: Record<string, number>;
  sha256: string;
  bytes: number;
  serverVersion: string;
};

/** Settings that make every value's text form unambiguous, in the dump and in the restore. */
export const TEXT_SETTINGS = ["SET LOCAL DateStyle = ISO", "SET LOCAL IntervalStyle = postgres", "SET LOCAL extra_float_digits = 3", "SET LOCAL TimeZone = 'UTC'"];

export const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" ("id" varchar(36) NOT NULL PRIMARY KEY, "checksum" varchar(64) NOT NULL, "finished_at" timestamptz, "migration_name" varchar(255) NOT NULL, "logs" text, "rolled_back_at" timestamptz, "started_at" timestamptz NOT NULL DEFAULT now(), "applied_steps_count" integer NOT NULL DEFAULT 0);`;

/**
 * Writes the dump to `out`. `local` are this code's migrations (the schema's source); `within`
 * runs in the same snapshot (the backup lists the evidence files there).
 */
export async function dumpDatabase<T>(
  client: pg.Client,
  out: FileHandle,
  local: LocalMigration[],
  within: (client: pg.Client) => Promise<T>,
): Promise<DumpResult & { within: T }> {
  const hash = createHash("sha256");
  let bytes = 0;
  const write = async (text: string) => {
    const buffer = Buffer.from(`${text}\n`, "utf8");
    hash.update(buffer);
    bytes += buffer.length;
    await out.write(buffer);
  };
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    for (const setting of TEXT_SETTINGS) await client.query(setting);
    const serverVersion = (await client.query<{ v: string }>("SELECT version() AS v")).rows[0].v;
    const migrations = await appliedMigrations(client);
    const problems = migrationProblems(migrations, local, "backup");
    if (problems.length > 0) throw new Error(problems.join("\n"));

    await write(`-- 柳市规划实施监测平台 backup of ${new Date().toISOString()} (${serverVersion})`);
    await write("-- Restore onto an empty database: npm run restore -- <archive>, or psql -v ON_ERROR_STOP=1 -f database.sql");
    await write("SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nSET client_min_messages = warning;");
    await write(PRISMA_MIGRATIONS_TABLE);
    // One transaction per migration, as Prisma applied them: a migration may use an enum value
    // that the one before it added, which PostgreSQL refuses inside the same transaction.
    for (const m of migrations) {
      const sql = local.find((l) => l.name === m.name)!.sql;
      await write(`-- migration ${m.name}\nBEGIN;\n${sql.trimEnd()}\n;\nCOMMIT;`);
    }

    await write(DATA_SECTION);
    await write("BEGIN;");
    for (const setting of TEXT_SETTINGS) await write(`${setting};`);
    await write("SET LOCAL session_replication_role = replica;");
    const tables = await tableNames(client);
    await write(`TRUNCATE ${tables.map(quoteIdent).join(", ")};`);
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = await dumpTable(client, table, write);
    for (const seq of await sequences(client)) {
      await write(`SELECT pg_catalog.setval(${sqlLiteral(quoteIdent(seq.name))}, ${seq.lastValue}, ${seq.isCalled});`);
    }
    await write("COMMIT;");
    const extra = await within(client);
    await client.query("COMMIT");
    return { migrations, tables: counts, sha256: hash.digest("hex"), bytes, serverVersion, within: extra };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function appliedMigrations(client: pg.Client): Promise<AppliedMigration[]> {
  const exists = await client.query(`SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = '_prisma_migrations'`);
  if (exists.rowCount === 0) throw new Error("数据库里没有迁移记录（_prisma_migrations）：不是本平台的数据库，或尚未初始化。");
  const { rows } = await client.query<{ name: string; checksum: string; finished: boolean; rolled_back: boolean }>(
    `SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM "_prisma_migrations"`,
  );
  const unfinished = rows.filter((r) => !r.finished && !r.rolled_back);
  if (unfinished.length > 0) throw new Error(`迁移 ${unfinished.map((r) => r.name).join("、")} 未完成（正在进行或失败）：请先让迁移完成再备份。`);
  return rows
    .filter((r) => r.finished && !r.rolled_back)
    .map((r) => ({ name: r.name, checksum: r.checksum }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function tableNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}

/** Streams one table through a cursor (bounded memory); returns its row count. */
async function dumpTable(client: pg.Client, table: string, write: (text: string) => Promise<void>): Promise<number> {
  const { rows: cols } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [quoteIdent(table)],
  );
  const columns = cols.map((c) => c.name);
  await client.query(`DECLARE liushi_dump NO SCROLL CURSOR FOR SELECT ${columns.map((c) => `${quoteIdent(c)}::text`).join(", ")} FROM ${quoteIdent(table)}`);
  let count = 0;
  for (;;) {
    const { rows } = await client.query<(string | null)[]>({ text: "FETCH 1000 FROM liushi_dump", rowMode: "array" });
    if (rows.length === 0) break;
    count += rows.length;
    for (let i = 0; i < rows.length; ) {
      const batch: (string | null)[][] = [];
      let chars = 0;
      while (i < rows.length && batch.length < BATCH_ROWS && chars < BATCH_CHARS) {
        batch.push(rows[i]);
        chars += rows[i].reduce((n, v) => n + (v?.length ?? 4), 0);
        i++;
      }
      await write(insertStatement(table, columns, batch));
    }
  }
  await client.query("CLOSE liushi_dump");
  return count;
}

async function sequences(client: pg.Client): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const result = [];
  for (const { name } of rows) {
    const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${quoteIdent(name)}`);
    result.push({ name, lastValue: state[0].last_value, isCalled: state[0].is_called });
  }
  return result;
}
