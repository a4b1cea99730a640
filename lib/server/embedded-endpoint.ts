// How `npm run backup` reaches the embedded database of a running `npm start`: the start process
// writes the loopback address of its PGlite socket server into the data folder, and the backup
// connects to it like any client. The folder itself is never opened twice (PGlite takes no lock;
// see data-dir-lock.ts). The file names its owner's pid, so a file left by a killed process is
// recognised as stale.
import { readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

type Endpoint = { pid: number; url: string };

const fileOf = (dataDir: string) => path.join(dataDir, "embedded-db.json");

/** Publishes this process's database address; the returned function withdraws it. */
export function publishEmbeddedEndpoint(dataDir: string, url: string): () => void {
  const file = fileOf(dataDir);
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, JSON.stringify({ pid: process.pid, url } satisfies Endpoint), { mode: 0o600 });
  renameSync(temp, file);
  return () => {
    if (readEmbeddedEndpoint(dataDir)?.pid === process.pid) unlinkSync(file);
  };
}

export function readEmbeddedEndpoint(dataDir: string): Endpoint | null {
  try {
    const endpoint = JSON.parse(readFileSync(fileOf(dataDir), "utf8")) as Endpoint;
    return Number.isInteger(endpoint.pid) && typeof endpoint.url === "string" ? endpoint : null;
  } catch {
    return null;
  }
}
