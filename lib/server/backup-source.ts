// Which database `npm run backup` and `npm run restore` work on: PostgreSQL when DATABASE_URL is
// set; else the embedded PGlite of LIUSHI_DATA_DIR. A running `npm start` owns that folder: the
// backup goes through its socket server (embedded-endpoint.ts), a restore is refused. With no
// process running, the command takes the folder's lock itself and serves PGlite for the job.
import { existsSync } from "node:fs";
import path from "node:path";
import { type DataDirLock, DataDirLockedError, lockDataDir } from "./data-dir-lock";
import { startEmbeddedDb } from "./embedded-db";
import { readEmbeddedEndpoint } from "./embedded-endpoint";

export type DatabaseKind = "pglite" | "postgresql";
export type SourceEnv = { databaseUrl?: string; dataDir: string };

export function sourceEnv(env: NodeJS.ProcessEnv = process.env): SourceEnv {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: path.resolve(env.LIUSHI_DATA_DIR ?? ".data") };
}

export async function withDatabase<T>(use: "backup" | "restore", { databaseUrl, dataDir }: SourceEnv, run: (url: string, kind: DatabaseKind) => Promise<T>): Promise<T> {
  if (databaseUrl) return run(databaseUrl, "postgresql");
  const pgliteDir = path.join(dataDir, "pglite");
  let lock: DataDirLock;
  try {
    lock = lockDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    if (use === "restore") throw new Error(`内置数据库正在被 npm start 使用（PID ${error.pid}）：请先停止它，再恢复。`);
    const endpoint = readEmbeddedEndpoint(dataDir);
    if (endpoint?.pid !== error.pid) throw new Error(`PID ${error.pid} 持有数据目录 ${dataDir}，但没有公布数据库地址（仍在启动，或是旧版本）：请稍后再试。`);
    return run(endpoint.url, "pglite");
  }
  try {
    if (use === "backup" && !existsSync(pgliteDir)) throw new Error(`${pgliteDir} 中没有内置数据库：没有可备份的内容（设置了正确的 LIUSHI_DATA_DIR 吗？）。`);
    const embedded = await startEmbeddedDb({ dataDir: pgliteDir });
    try {
      return await run(embedded.url, "pglite");
    } finally {
      await embedded.stop();
    }
  } finally {
    lock.release();
  }
}
