// Applies the migrations with the Prisma CLI as an asynchronous child process: never
// spawnSync, since the embedded database is served from this process's event loop.
import { spawn } from "node:child_process";
import path from "node:path";

export function migrateDeploy(databaseUrl: string, { quiet = false } = {}): Promise<void> {
  const cli = path.resolve("node_modules/prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
      stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy exited with ${code}`))));
  });
}
