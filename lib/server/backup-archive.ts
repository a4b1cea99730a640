// The backup file: a .tar.gz of manifest.json, database.sql and uploads/<storage key>. Written
// under a temporary name and renamed, so a crash never leaves a half archive under the real name.
// Reading extracts into a private folder and checks every SHA-256 against the manifest before
// the restore touches the database or the upload folder.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, chmod, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import * as tar from "tar";
import { checksumProblems, DATABASE_FILE, isArchivePath, MANIFEST, type Manifest, parseManifest, UPLOADS } from "./backup-manifest";

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

/** A private working folder beside `near` (same disk as the archive), removed by `done`. */
export async function workDir(near: string): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(path.dirname(path.resolve(near)), ".liushi-backup-"));
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Packs `stagingDir/database.sql`, the listed evidence files of `uploadsDir` and the manifest
 * into `out`.
 */
export async function writeArchive(out: string, stagingDir: string, uploadsDir: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(stagingDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const uploads = manifest.files.filter((f) => f.path.startsWith(`${UPLOADS}/`)).map((f) => f.path);
  // The evidence files are packed from where they are (a link, not a copy: they can be large).
  if (uploads.length > 0) await symlink(path.resolve(uploadsDir), path.join(stagingDir, UPLOADS));
  const partial = `${out}.partial`;
  await tar.create({ gzip: true, file: partial, cwd: stagingDir, portable: true }, [MANIFEST, DATABASE_FILE, ...uploads]);
  await chmod(partial, 0o600); // it holds password hashes and personal data
  await rename(partial, out);
}

export type OpenedArchive = { manifest: Manifest; dir: string };

/** Extracts `file` into `dir` and verifies it; throws listing every problem found. */
export async function openArchive(file: string, dir: string): Promise<OpenedArchive> {
  const refused: string[] = [];
  await tar.extract({
    file,
    cwd: dir,
    strict: true,
    filter: (name, entry) => {
      const ok = "type" in entry && (entry.type === "File" || (entry.type === "Directory" && name.replace(/\/$/, "") === UPLOADS)) && (name === MANIFEST || isArchivePath(name) || entry.type === "Directory");
      if (!ok) refused.push(name);
      return ok;
    },
  });
  if (refused.length > 0) throw new Error(`备份文件含有不允许的条目：${refused.join("、")}`);
  const manifestText = await readFile(path.join(dir, MANIFEST), "utf8").catch(() => null);
  if (manifestText === null) throw new Error("备份文件中没有 manifest.json：不是本平台的备份。");
  const manifest = parseManifest(manifestText);
  const actual = new Map<string, string>();
  if (await exists(path.join(dir, DATABASE_FILE))) actual.set(DATABASE_FILE, await sha256File(path.join(dir, DATABASE_FILE)));
  for (const name of await readdir(path.join(dir, UPLOADS)).catch(() => [] as string[])) {
    actual.set(`${UPLOADS}/${name}`, await sha256File(path.join(dir, UPLOADS, name)));
  }
  const problems = checksumProblems(manifest, actual);
  if (problems.length > 0) throw new Error(`备份文件校验失败，未写入任何内容：\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return { manifest, dir };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
