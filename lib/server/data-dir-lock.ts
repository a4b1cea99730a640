// One process per embedded data folder: PGlite takes no lock of its own (electric-sql/pglite#1106),
// and two processes on one folder each acknowledge writes that only one of them keeps. The lock
// is a file holding the owner's pid, created atomically (link fails when it exists); a lock
// whose process is gone is taken over.
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export type DataDirLock = { file: string; release: () => void };

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    readonly since: string,
  ) {
    super(`数据目录 ${dir} 正由另一个进程使用（PID ${pid}，启动于 ${since}）。同一数据目录只能运行一个 npm start：请先停止该进程，或用 LIUSHI_DATA_DIR 指定另一个目录。`);
  }
}

type Owner = { pid: number; since: string };

function readOwner(file: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as Owner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null; // gone meanwhile, or half-written by a process that died: stale
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, another user's
  }
}

export function lockDataDir(dir: string): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "liushi.lock");
  const mine = path.join(dir, `.liushi.lock.${process.pid}`);
  writeFileSync(mine, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, file);
        return { file, release: () => releaseIfMine(file) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = readOwner(file);
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) throw new DataDirLockedError(dir, owner.pid, owner.since);
      // Stale: move it aside under a name of our own (only one taker succeeds), then try again.
      try {
        renameSync(file, `${mine}.stale`);
        unlinkSync(`${mine}.stale`);
      } catch {}
    }
    throw new Error(`无法取得数据目录 ${dir} 的锁`);
  } finally {
    unlinkSync(mine);
  }
}

function releaseIfMine(file: string) {
  if (readOwner(file)?.pid === process.pid) unlinkSync(file);
}
