import "server-only";
import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { copyFile, link, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { STORAGE_KEY, uploadDir } from "./upload-dir";

export { uploadDir };

function pathOf(storageKey: string): string {
  if (!STORAGE_KEY.test(storageKey)) throw new Error("invalid storage key");
  return path.join(uploadDir(), storageKey);
}

/**
 * A stored file under a second name, for a report that carries over another report's evidence:
 * each attachment row owns its file. A hard link where the file system allows (no second copy
 * of the bytes), else a copy.
 */
export async function duplicateStoredFile(storageKey: string): Promise<string> {
  const copy = randomUUID();
  try {
    await link(pathOf(storageKey), pathOf(copy));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw error;
    await copyFile(pathOf(storageKey), pathOf(copy), constants.COPYFILE_EXCL);
  }
  return copy;
}

export function readStoredFile(storageKey: string): Promise<Buffer> {
  return readFile(pathOf(storageKey));
}

/** Removes files whose database rows were rolled back. */
export async function removeStoredFiles(storageKeys: string[]): Promise<void> {
  await Promise.all(storageKeys.map((key) => rm(pathOf(key), { force: true })));
}
