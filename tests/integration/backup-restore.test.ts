// npm run backup / npm run restore (issue 11): backup → wipe → restore gives back every row of
// every table and every evidence file, on the run's database (PostgreSQL, or PGlite through its
// socket server as a running `npm start` serves it) and on an embedded data folder (the path the
// commands take with no DATABASE_URL); a PGlite backup restores onto PostgreSQL; and a restore
// refuses, before writing anything, a non-empty database, a damaged archive and a newer schema.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backup } from "@/lib/server/backup";
import { withDatabase } from "@/lib/server/backup-source";
import { startEmbeddedDb } from "@/lib/server/embedded-db";
import { restore } from "@/lib/server/restore";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { sqlOn, wholeDatabaseFingerprint } from "../support/whole-fingerprint";

const work = mkdtempSync(path.join(os.tmpdir(), "liushi-backup-test-"));
const cleanups: (() => Promise<unknown>)[] = [];
let kind: "postgresql" | "pglite";
let source: TestDatabase;
let sourceUploads: string;
let archive: string;
let before: Record<string, string>;
const TRICKY = "换行\n回车\r引号' 反斜杠\\ \\x00 -- liushi:data\nCOMMIT;\n;";

/** A new, empty database of the run's kind: a database on the same PostgreSQL, or an in-memory PGlite. */
async function emptyDatabase(): Promise<string> {
  if (kind === "pglite") {
    const db = await startEmbeddedDb({ dataDir: null });
    cleanups.push(db.stop);
    return db.url;
  }
  const name = `liushi_restore_${randomBytes(5).toString("hex")}`;
  await sqlOn(inject("databaseUrl"), `CREATE DATABASE "${name}"`);
  cleanups.push(() => sqlOn(inject("databaseUrl"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, createHash("sha256").update(readFileSync(path.join(dir, f))).digest("hex")]));
const freshDir = (name: string) => mkdtempSync(path.join(work, `${name}-`));
/** One empty database for the refusals that must not write to it (each new PGlite costs seconds). */
let untouched: Promise<string> | null = null;
const untouchedDatabase = () => (untouched ??= emptyDatabase());
const publicObjects = async (url: string) => Number((await sqlOn(url, `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`)).rows[0].n);

beforeAll(async () => {
  const version = (await sqlOn(inject("databaseUrl"), "SELECT version() AS v")).rows[0].v as string;
  kind = version.includes("PGlite") ? "pglite" : "postgresql";
  // A source of our own (the run's database is shared with the other test files).
  const serverUrl = process.env.DATABASE_URL;
  if (kind === "pglite") delete process.env.DATABASE_URL; // createTestDatabase: in-memory PGlite
  try {
    source = await createTestDatabase();
  } finally {
    process.env.DATABASE_URL = serverUrl;
  }
  cleanups.push(source.drop);
  sourceUploads = freshDir("uploads");
  // Two evidence files on a submitted report, and values that test the dump's quoting.
  const { rows } = await sqlOn(source.url, `SELECT r.id, r."authorId" FROM progress_report r WHERE r."reviewState" <> 'DRAFT' ORDER BY r.id LIMIT 1`);
  for (const bytes of [Buffer.from("%PDF-1.4 证明材料"), randomBytes(70_000)]) {
    const key = randomUUID();
    writeFileSync(path.join(sourceUploads, key), bytes);
    const sha = createHash("sha256").update(bytes).digest("hex");
    await sqlOn(
      source.url,
      `INSERT INTO attachment ("reportId", "fileName", "mimeType", "sizeBytes", "storageKey", sha256, "uploadedById") VALUES ($1, $2, 'application/pdf', $3, $4, $5, $6)`,
      // File names may hold no control characters (a CHECK): the tricky text without them.
      [rows[0].id, `附件 ${TRICKY.replace(/\p{Cc}/gu, " ")}.pdf`, bytes.length, key, sha, rows[0].authorId],
    );
  }
  await sqlOn(source.url, `INSERT INTO setting (key, value, "updatedAt") VALUES ('backup.test', $1, now())`, [JSON.stringify({ text: TRICKY, n: 0.1 + 0.2, big: 2 ** 53 })]);
  before = await wholeDatabaseFingerprint(source.url);
  archive = path.join(work, "source.tar.gz");
  const manifest = await backup({ out: archive, source: { databaseUrl: source.url, dataDir: work }, uploads: sourceUploads });
  expect(manifest.files).toHaveLength(3);
  expect(manifest.tables.attachment).toBe(2);
}, 300_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

describe("backup → wipe → restore", { timeout: 300_000 }, () => {
  it("gives back every row of every table and every evidence file on the run's database", async () => {
    const files = filesOf(sourceUploads);
    await sqlOn(source.url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    rmSync(sourceUploads, { recursive: true });
    expect(await publicObjects(source.url)).toBe(0);

    await restore({ file: archive, target: { databaseUrl: source.url, dataDir: work }, uploads: sourceUploads });

    expect(await wholeDatabaseFingerprint(source.url)).toEqual(before);
    expect(filesOf(sourceUploads)).toEqual(files);
  });

  it("keeps the append-only triggers active after the load", async () => {
    await expect(sqlOn(source.url, "DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    const { rows } = await sqlOn(source.url, `SELECT count(*) AS n FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'`);
    expect(Number(rows[0].n)).toBe(0);
  });

  // Each opening of a PGlite folder costs seconds (much more on a busy machine): three here.
  it("round-trips through an embedded data folder (backup → wipe → restore), and a PGlite backup restores onto the run's database", async () => {
    const dataDir = freshDir("data");
    const uploads = freshDir("uploads");
    await restore({ file: archive, target: { dataDir }, uploads });
    const fromPglite = path.join(work, "pglite.tar.gz");
    const manifest = await backup({ out: fromPglite, source: { dataDir }, uploads });
    expect(manifest.source.kind).toBe("pglite");

    rmSync(path.join(dataDir, "pglite"), { recursive: true });
    rmSync(uploads, { recursive: true });
    await restore({ file: fromPglite, target: { dataDir }, uploads });
    expect(await withDatabase("backup", { dataDir }, (url) => wholeDatabaseFingerprint(url))).toEqual(before);
    expect(filesOf(uploads)).toEqual(filesOf(sourceUploads));

    const target = await emptyDatabase();
    const targetUploads = freshDir("uploads");
    await restore({ file: fromPglite, target: { databaseUrl: target, dataDir: work }, uploads: targetUploads });
    expect(await wholeDatabaseFingerprint(target)).toEqual(before);
    expect(filesOf(targetUploads)).toEqual(filesOf(sourceUploads));
  }, 600_000);
});

describe("restore refuses before writing anything", { timeout: 300_000 }, () => {
  it("a non-empty database, unless --force", async () => {
    const target = await emptyDatabase();
    await sqlOn(target, "CREATE TABLE something_else (id int); INSERT INTO something_else VALUES (1)");
    const uploads = freshDir("uploads");
    await expect(restore({ file: archive, target: { databaseUrl: target, dataDir: work }, uploads })).rejects.toThrow(/不是空的.*--force/);
    expect((await sqlOn(target, "SELECT count(*) AS n FROM something_else")).rows[0].n).toBe("1");
    expect(readdirSync(uploads)).toEqual([]);

    await restore({ file: archive, target: { databaseUrl: target, dataDir: work }, uploads, force: true });
    expect(await wholeDatabaseFingerprint(target)).toEqual(before);
  });

  it("an archive whose files do not match the manifest's checksums", async () => {
    const unpacked = freshDir("unpacked");
    await tar.extract({ file: archive, cwd: unpacked });
    const evidence = readdirSync(path.join(unpacked, "uploads"))[0];
    writeFileSync(path.join(unpacked, "uploads", evidence), "changed");
    const damaged = path.join(work, "damaged.tar.gz");
    await tar.create({ gzip: true, file: damaged, cwd: unpacked }, readdirSync(unpacked));

    const target = await untouchedDatabase();
    const uploads = freshDir("uploads");
    await expect(restore({ file: damaged, target: { databaseUrl: target, dataDir: work }, uploads })).rejects.toThrow(/校验失败[\s\S]*SHA-256/);
    expect(await publicObjects(target)).toBe(0);
    expect(readdirSync(uploads)).toEqual([]);
  });

  it("a backup of a newer schema (a migration this code does not have)", async () => {
    const unpacked = freshDir("unpacked");
    await tar.extract({ file: archive, cwd: unpacked });
    const manifest = JSON.parse(readFileSync(path.join(unpacked, "manifest.json"), "utf8"));
    manifest.migrations.push({ name: "29991231000000_future", checksum: "0".repeat(64) });
    writeFileSync(path.join(unpacked, "manifest.json"), JSON.stringify(manifest));
    const newer = path.join(work, "newer.tar.gz");
    await tar.create({ gzip: true, file: newer, cwd: unpacked }, readdirSync(unpacked));

    const target = await untouchedDatabase();
    await expect(restore({ file: newer, target: { databaseUrl: target, dataDir: work }, uploads: freshDir("uploads") })).rejects.toThrow(/更新的数据库结构.*29991231000000_future/);
    expect(await publicObjects(target)).toBe(0);
  });

  it("an embedded data folder that a running process holds", async () => {
    const dataDir = freshDir("data");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, "liushi.lock"), JSON.stringify({ pid: process.ppid, since: new Date().toISOString() }));
    await expect(restore({ file: archive, target: { dataDir }, uploads: freshDir("uploads") })).rejects.toThrow(new RegExp(`PID ${process.ppid}`));
  });
});
