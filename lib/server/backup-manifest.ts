// The backup archive's manifest and the checks made on it before a restore writes anything.
// Pure rules here (unit-tested beside this file); reading and writing archives is backup-archive.ts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { migrationNames } from "@/lib/migrations";

export const MANIFEST = "manifest.json";
export const DATABASE_FILE = "database.sql";
export const UPLOADS = "uploads";
const FORMAT = "liushi-backup";
const VERSION = 1;

export type AppliedMigration = { name: string; checksum: string };
export type LocalMigration = AppliedMigration & { sql: string };
export type ManifestFile = { path: string; sha256: string; bytes: number };

export type Manifest = {
  format: typeof FORMAT;
  version: typeof VERSION;
  createdAt: string;
  source: { kind: "pglite" | "postgresql"; serverVersion: string };
  lastMigration: string | null;
  migrations: AppliedMigration[];
  /** Row count of every table of the public schema. */
  tables: Record<string, number>;
  /** Every file of the archive but the manifest, with its SHA-256. */
  files: ManifestFile[];
  /** Evidence files that attachment rows name but the upload folder lacked at backup time. */
  missingUploads: string[];
};

export function makeManifest(fields: Omit<Manifest, "format" | "version" | "lastMigration">): Manifest {
  return { format: FORMAT, version: VERSION, lastMigration: fields.migrations.at(-1)?.name ?? null, ...fields };
}

/** This code's migrations with the checksum Prisma records (SHA-256 of migration.sql). */
export function localMigrations(dir = path.resolve("prisma/migrations")): LocalMigration[] {
  return migrationNames(dir).map((name) => {
    const bytes = readFileSync(path.join(dir, name, "migration.sql"));
    return { name, checksum: createHash("sha256").update(bytes).digest("hex"), sql: bytes.toString("utf8") };
  });
}

/**
 * Why a database at `applied` cannot be dumped or restored with this code's migrations: one it
 * does not know (a newer schema) or one whose file differs from what the database applied.
 */
export function migrationProblems(applied: AppliedMigration[], local: AppliedMigration[], use: "backup" | "restore"): string[] {
  const byName = new Map(local.map((m) => [m.name, m]));
  const unknown = applied.filter((m) => !byName.has(m.name)).map((m) => m.name);
  const changed = applied.filter((m) => byName.has(m.name) && byName.get(m.name)!.checksum !== m.checksum).map((m) => m.name);
  const problems: string[] = [];
  if (unknown.length > 0) {
    problems.push(
      use === "restore"
        ? `备份来自更新的数据库结构：迁移 ${unknown.join("、")} 不在本代码中。请先把代码升级到与备份相同或更新的版本，再恢复。`
        : `数据库已应用本代码没有的迁移 ${unknown.join("、")}：请用与数据库同版本（或更新）的代码备份。`,
    );
  }
  if (changed.length > 0) problems.push(`迁移 ${changed.join("、")} 的内容与数据库记录的校验和不一致：本代码的迁移文件被改动过。`);
  return problems;
}

/** Reads and shape-checks a manifest: anything unexpected is refused, not guessed at. */
export function parseManifest(text: string): Manifest {
  let data: Manifest;
  try {
    data = JSON.parse(text) as Manifest;
  } catch {
    throw new Error("备份的 manifest.json 不是有效的 JSON。");
  }
  if (data?.format !== FORMAT) throw new Error("这不是本平台的备份文件（manifest.json 格式不符）。");
  if (data.version !== VERSION) throw new Error(`备份格式版本 ${data.version} 不受本代码支持（支持 ${VERSION}）。`);
  if (!Array.isArray(data.files) || !Array.isArray(data.migrations) || typeof data.tables !== "object") throw new Error("备份的 manifest.json 不完整。");
  for (const file of data.files) {
    if (!isArchivePath(file.path) || !/^[0-9a-f]{64}$/.test(file.sha256)) throw new Error(`备份的 manifest.json 含有不允许的条目：${file.path}`);
  }
  if (!data.files.some((f) => f.path === DATABASE_FILE)) throw new Error("备份中缺少 database.sql。");
  return data;
}

/** The only names an archive may hold besides the manifest: the dump and evidence files (UUIDs). */
export function isArchivePath(name: string): boolean {
  return name === DATABASE_FILE || /^uploads\/[0-9a-f-]{36}$/.test(name);
}

/**
 * Compares what the archive holds (name → SHA-256 computed from its bytes) with the manifest:
 * every listed file present and unchanged, and nothing unlisted.
 */
export function checksumProblems(manifest: Manifest, actual: Map<string, string>): string[] {
  const problems: string[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    const sha = actual.get(file.path);
    if (sha === undefined) problems.push(`缺少文件 ${file.path}`);
    else if (sha !== file.sha256) problems.push(`文件 ${file.path} 的 SHA-256 与清单不符（已损坏或被改动）`);
  }
  for (const name of actual.keys()) if (!listed.has(name)) problems.push(`清单之外的文件 ${name}`);
  return problems;
}
