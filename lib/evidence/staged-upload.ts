import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkEvidenceFile, MAX_EVIDENCE_BYTES, tooLargeMessage } from "./file-type";
import { STORAGE_KEY, uploadDir } from "./upload-dir";

// An evidence file arrives as a request body of its own (POST /api/evidence) and goes to disk as
// it arrives: hashed and counted on the way, never whole in memory (a server action's form data
// is: Next.js parses it into Blobs). Past the limit, reading stops and the partial file goes. A
// whole file is fsynced, then renamed into incoming/ (a rename is atomic: a file there is always
// whole), with a note of who sent it. The report action claims it by one more rename, into the
// evidence folder. Files never claimed (a refused form, a closed tab) go after a day.

export type StagedEvidence = { key: string; fileName: string; mime: string; sha256: string; sizeBytes: number; uploadedById: number };
export type StageResult = { ok: true; staged: StagedEvidence } | { ok: false; status: 400 | 413; message: string };

const UNCLAIMED_MS = 24 * 60 * 60 * 1000;
const incomingDir = () => path.join(uploadDir(), "incoming");

class TooLarge extends Error {}

/** Streams `body` into incoming/, checks size and type, and notes the uploader; refusals leave nothing behind. */
export async function stageEvidence(
  body: ReadableStream<Uint8Array>,
  { fileName, uploadedById, maxBytes = MAX_EVIDENCE_BYTES }: { fileName: string; uploadedById: number; maxBytes?: number },
): Promise<StageResult> {
  const dir = incomingDir();
  await mkdir(dir, { recursive: true });
  await sweepUnclaimed(dir);
  const key = randomUUID();
  const partial = path.join(dir, `${key}.part`);
  let received: { sha256: string; sizeBytes: number; head: Uint8Array };
  try {
    received = await writeStream(body, partial, maxBytes);
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof TooLarge) return { ok: false, status: 413, message: tooLargeMessage(fileName, maxBytes) };
    throw error;
  }
  const check = checkEvidenceFile({ name: fileName, size: received.sizeBytes, head: received.head, maxBytes });
  if (!check.ok) {
    await rm(partial, { force: true });
    return { ok: false, status: 400, message: check.message };
  }
  const staged: StagedEvidence = { key, fileName, mime: check.mime, sha256: received.sha256, sizeBytes: received.sizeBytes, uploadedById };
  try {
    await writeFile(path.join(dir, `${key}.json`), JSON.stringify(staged), { flag: "wx", mode: 0o640 });
    await rename(partial, path.join(dir, key));
    await syncDir(dir);
  } catch (error) {
    await rm(partial, { force: true });
    await discard(dir, key);
    throw error;
  }
  return { ok: true, staged };
}

/** The staged file `key` if `uploadedById` sent it and it is still there, else null. Reads only its note. */
export async function findStaged(key: string, uploadedById: number): Promise<StagedEvidence | null> {
  if (!STORAGE_KEY.test(key)) return null;
  try {
    const staged = JSON.parse(await readFile(path.join(incomingDir(), `${key}.json`), "utf8")) as StagedEvidence;
    if (staged.uploadedById !== uploadedById || staged.key !== key) return null;
    await stat(path.join(incomingDir(), key));
    return staged;
  } catch {
    return null;
  }
}

/** Moves a staged file into the evidence folder under its key (its storage key); throws if it is gone. */
export async function claimStaged(staged: StagedEvidence): Promise<string> {
  const dir = incomingDir();
  await rename(path.join(dir, staged.key), path.join(uploadDir(), staged.key));
  await syncDir(uploadDir());
  await rm(path.join(dir, `${staged.key}.json`), { force: true });
  return staged.key;
}

async function writeStream(body: ReadableStream<Uint8Array>, file: string, maxBytes: number) {
  const handle = await open(file, "wx", 0o640);
  const hash = createHash("sha256");
  const head = new Uint8Array(16);
  let size = 0;
  try {
    for await (const chunk of chunksOf(body)) {
      if (size < head.length) head.set(chunk.subarray(0, head.length - size), size);
      size += chunk.byteLength;
      // Stops reading here: the partial file is removed by the caller.
      if (size > maxBytes) throw new TooLarge();
      hash.update(chunk);
      for (let written = 0; written < chunk.byteLength; ) written += (await handle.write(chunk, written)).bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest("hex"), sizeBytes: size, head: head.subarray(0, Math.min(size, head.length)) };
}

/** The stream's chunks; leaving the loop early cancels the stream (stops reading the request). */
async function* chunksOf(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  let done = false;
  try {
    while (!done) {
      const next = await reader.read();
      done = next.done;
      if (next.value) yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/** A rename is durable once its folder is synced. */
async function syncDir(dir: string) {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function discard(dir: string, key: string) {
  await Promise.all([rm(path.join(dir, key), { force: true }), rm(path.join(dir, `${key}.json`), { force: true })]);
}

/** Staged files nobody claimed within a day (and partial ones left by a crash). */
async function sweepUnclaimed(dir: string) {
  const now = Date.now();
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > UNCLAIMED_MS) await rm(file, { force: true });
  }
}
