// `npm run backup`: one archive holding a consistent dump of the database, the evidence files its
// attachment rows name, and a manifest (time, last migration, row counts, SHA-256 of every file).
// Works while the app runs, on PostgreSQL and on the embedded PGlite (through its server).
import { existsSync } from "node:fs";
import { mkdir, open, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { STORAGE_KEY, uploadDir } from "@/lib/evidence/upload-dir";
import { sha256File, workDir, writeArchive } from "./backup-archive";
import { DATABASE_FILE, localMigrations, makeManifest, type Manifest, type ManifestFile, UPLOADS } from "./backup-manifest";
import { type SourceEnv, withDatabase } from "./backup-source";
import { dumpDatabase } from "./sql-dump";

export type BackupOptions = { out: string; source: SourceEnv; uploads?: string };

export function defaultBackupFile(now = new Date()): string {
  return path.join("backups", `liushi-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}.tar.gz`);
}

export async function backup({ out, source, uploads = uploadDir() }: BackupOptions): Promise<Manifest> {
  const target = path.resolve(out);
  await mkdir(path.dirname(target), { recursive: true });
  const work = await workDir(target);
  try {
    const dumpFile = path.join(work.dir, DATABASE_FILE);
    const handle = await open(dumpFile, "wx", 0o600);
    const { dump, kind } = await withDatabase("backup", source, async (url, kind) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return { dump: await dumpDatabase(client, handle, localMigrations(), attachmentKeys), kind };
      } finally {
        await client.end();
      }
    }).finally(() => handle.close());

    const files: ManifestFile[] = [{ path: DATABASE_FILE, sha256: dump.sha256, bytes: dump.bytes }];
    const missingUploads: string[] = [];
    for (const key of dump.within) {
      const file = path.join(uploads, key);
      if (!STORAGE_KEY.test(key) || !existsSync(file)) missingUploads.push(key);
      else files.push({ path: `${UPLOADS}/${key}`, sha256: await sha256File(file), bytes: (await stat(file)).size });
    }
    const manifest = makeManifest({
      createdAt: new Date().toISOString(),
      source: { kind, serverVersion: dump.serverVersion },
      migrations: dump.migrations,
      tables: dump.tables,
      files,
      missingUploads,
    });
    await writeArchive(target, work.dir, uploads, manifest);
    return manifest;
  } finally {
    await work.done();
  }
}

/** The evidence files the snapshot's attachment rows name (none when the table does not exist yet). */
async function attachmentKeys(client: pg.Client): Promise<string[]> {
  const table = await client.query(`SELECT to_regclass('public.attachment') IS NOT NULL AS present`);
  if (!table.rows[0].present) return [];
  const { rows } = await client.query<{ key: string }>(`SELECT "storageKey" AS key FROM "attachment" ORDER BY "storageKey"`);
  return rows.map((r) => r.key);
}
