import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { STORAGE_KEY, uploadDir } from "./upload-dir";

export { uploadDir };

function pathOf(storageKey: string): string {
  if (!STORAGE_KEY.test(storageKey)) throw new Error("invalid storage key");
  return path.join(uploadDir(), storageKey);
}

export async function storeFile(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
  const storageKey = randomUUID();
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(pathOf(storageKey), bytes, { flag: "wx", mode: 0o640 });
  return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export function readStoredFile(storageKey: string): Promise<Buffer> {
  return readFile(pathOf(storageKey));
}

/** Removes files whose database rows were rolled back. */
export async function removeStoredFiles(storageKeys: string[]): Promise<void> {
  await Promise.all(storageKeys.map((key) => rm(pathOf(key), { force: true })));
}
