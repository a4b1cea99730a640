// `npm run restore -- FILE [--force]`: loads a backup onto an empty database (PostgreSQL with
// DATABASE_URL, else the embedded PGlite of LIUSHI_DATA_DIR, which must not be in use). Before it
// writes anything it checks every SHA-256 of the archive, that this code knows every migration of
// the backup (a newer schema is refused) and that the database is empty (--force empties it).
// The evidence files are written first: a failed database load leaves unreferenced files at
// worst, never rows whose files are missing.
import { createReadStream } from "node:fs";
import { copyFile, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { uploadDir } from "@/lib/evidence/upload-dir";
import { openArchive, sha256File, workDir } from "./backup-archive";
import { DATABASE_FILE, localMigrations, type Manifest, migrationProblems, UPLOADS } from "./backup-manifest";
import { type DatabaseKind, type SourceEnv, withDatabase } from "./backup-source";
import { DATA_SECTION } from "./sql-dump";
import { quoteIdent } from "./sql-literal";

export type RestoreOptions = { file: string; force?: boolean; target: SourceEnv; uploads?: string };
export type RestoreResult = { manifest: Manifest; kind: DatabaseKind; files: number; pendingMigrations: string[] };

const BATCH_CHARS = 4 << 20;

export async function restore({ file, force = false, target, uploads = uploadDir() }: RestoreOptions): Promise<RestoreResult> {
  const work = await workDir(file);
  try {
    const { manifest, dir } = await openArchive(file, work.dir);
    const local = localMigrations();
    const problems = migrationProblems(manifest.migrations, local, "restore");
    if (problems.length > 0) throw new Error(problems.join("\n"));
    const evidence = await evidencePlan(manifest, uploads, force);

    return await withDatabase("restore", target, async (url, kind) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await checkTarget(client, force);
        for (const name of evidence) await placeFile(path.join(dir, UPLOADS, name), path.join(uploads, name));
        await loadDump(client, path.join(dir, DATABASE_FILE), manifest);
      } finally {
        await client.end();
      }
      const applied = new Set(manifest.migrations.map((m) => m.name));
      return { manifest, kind, files: evidence.length, pendingMigrations: local.map((m) => m.name).filter((n) => !applied.has(n)) };
    });
  } finally {
    await work.done();
  }
}

/** The evidence files to write; refuses to overwrite a different file of the same name without --force. */
async function evidencePlan(manifest: Manifest, uploads: string, force: boolean): Promise<string[]> {
  const names: string[] = [];
  const clashes: string[] = [];
  for (const f of manifest.files.filter((f) => f.path.startsWith(`${UPLOADS}/`))) {
    const name = f.path.slice(UPLOADS.length + 1);
    const existing = await sha256File(path.join(uploads, name)).catch(() => null);
    if (existing === f.sha256) continue;
    if (existing !== null && !force) clashes.push(name);
    names.push(name);
  }
  if (clashes.length > 0) throw new Error(`上传目录 ${uploads} 中已有同名但内容不同的文件：${clashes.join("、")}。确认要覆盖请加 --force。`);
  return names;
}

async function placeFile(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  const temp = `${to}.restoring`;
  await copyFile(from, temp);
  await rename(temp, to);
}

async function checkTarget(client: pg.Client, force: boolean): Promise<void> {
  const { rows } = await client.query<{ superuser: boolean }>(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`);
  // Loading with the triggers held off (session_replication_role) needs it, as pg_restore --disable-triggers does.
  if (!rows[0]?.superuser) throw new Error("恢复需要数据库超级用户（如 postgres）的连接：载入数据时须暂停触发器。");
  const used = await client.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public')
          + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public')
          + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public') AS n`,
  );
  if (Number(used.rows[0].n) === 0) return;
  if (!force) throw new Error("目标数据库不是空的（public 模式中已有表或其他对象）：只能恢复到空数据库。确认要清空它并恢复，请加 --force。");
  await emptyPublicSchema(client);
}

/** The public schema as a new database has it, with nothing in it. */
async function emptyPublicSchema(client: pg.Client): Promise<void> {
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public AUTHORIZATION pg_database_owner; GRANT USAGE ON SCHEMA public TO PUBLIC");
}

/**
 * Executes database.sql: the schema section one migration at a time, then the data section streamed in
 * batches of whole lines (each data statement is one line). Before the data's COMMIT, every
 * table's row count is compared with the manifest; on any failure the database is emptied again.
 */
async function loadDump(client: pg.Client, file: string, manifest: Manifest): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
  let schema: string[] | null = [];
  let batch: string[] = [];
  let size = 0;
  const flush = async () => {
    if (batch.length > 0) await client.query(batch.join("\n"));
    batch = [];
    size = 0;
  };
  try {
    for await (const line of lines) {
      if (schema) {
        if (line === DATA_SECTION) {
          // One query per migration (each is its own transaction in the dump, as Prisma applied
          // them: a migration may use an enum value that the one before it added).
          for (const chunk of splitMigrations(schema)) await client.query(chunk);
          schema = null;
        } else schema.push(line);
        continue;
      }
      if (line === "COMMIT;") {
        await flush();
        await checkCounts(client, manifest);
      }
      batch.push(line);
      size += line.length;
      if (size >= BATCH_CHARS) await flush();
    }
    if (schema) throw new Error("database.sql 不完整（没有数据部分）。");
    await flush();
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    await emptyPublicSchema(client).catch(() => undefined);
    throw error;
  }
}

async function checkCounts(client: pg.Client, manifest: Manifest): Promise<void> {
  const wrong: string[] = [];
  for (const [table, expected] of Object.entries(manifest.tables)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
    if (Number(rows[0].n) !== expected) wrong.push(`${table}（应为 ${expected} 行，载入 ${rows[0].n} 行）`);
  }
  if (wrong.length > 0) throw new Error(`载入后的行数与清单不符：${wrong.join("、")}`);
}

/** The schema section cut before each "-- migration <name>" line. */
function splitMigrations(lines: string[]): string[] {
  const chunks: string[][] = [[]];
  for (const line of lines) {
    if (line.startsWith("-- migration ")) chunks.push([]);
    chunks[chunks.length - 1].push(line);
  }
  return chunks.map((c) => c.join("\n")).filter((c) => c.replace(/--[^\n]*/g, "").trim() !== "");
}
