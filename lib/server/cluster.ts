// `npm run cluster`: the production topology on one machine: nginx on :8080 in front of two
// `next start` processes on :3001 and :3002, sharing PostgreSQL (DATABASE_URL) and Redis
// (REDIS_URL). It installs nothing: nginx comes from the system (apt-get install nginx).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { isDemoMode } from "@/lib/demo-mode";
import { deployDatabase, describeDeploy } from "./db-deploy";
import { exited, spawnNext, stopChild, waitForOk } from "./next-process";
import { nginxBinary, NGINX_MISSING, startNginx } from "./nginx";
import { productionEnvProblems } from "./runtime-env";

const LISTEN = Number(process.env.CLUSTER_PORT ?? 8080);
const APP_PORTS = (process.env.CLUSTER_APP_PORTS ?? "3001,3002").split(",").map(Number);

function log(message: string) {
  console.log(`[柳市·集群] ${message}`);
}

async function main() {
  const missing = ["DATABASE_URL", "REDIS_URL"].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(`请设置 ${missing.join(" 和 ")}，例如：DATABASE_URL=postgresql://postgres@127.0.0.1:5432/liushi REDIS_URL=redis://127.0.0.1:6379/0 npm run cluster`);
  }
  if (!nginxBinary()) throw new Error(NGINX_MISSING);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${LISTEN}`,
    LIUSHI_DEMO: isDemoMode() ? "1" : "0",
    // The app believes X-Forwarded-* only from nginx on this machine.
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "127.0.0.1,::1",
  };
  const problems = productionEnvProblems(env);
  if (problems.length > 0) throw new Error(`无法以生产模式启动：\n${problems.map((p) => `  - ${p}`).join("\n")}`);

  const demo = env.LIUSHI_DEMO === "1";
  for (const line of describeDeploy(await deployDatabase(env.DATABASE_URL!, { demo }), demo)) log(line);

  const apps: ChildProcess[] = APP_PORTS.map((port) => spawnNext({ port, env }));
  await Promise.all(APP_PORTS.map((port, i) => waitForOk(`http://127.0.0.1:${port}/api/health`, { child: apps[i] })));
  const dir = mkdtempSync(path.join(os.tmpdir(), "liushi-nginx-"));
  mkdirSync(dir, { recursive: true });
  const nginx = startNginx({ dir, listen: LISTEN, upstreams: APP_PORTS.map((p) => `127.0.0.1:${p}`) });
  log(`nginx :${LISTEN} → ${APP_PORTS.map((p) => `next start :${p}`).join("、")} → PostgreSQL + Redis`);
  log(`访问地址：http://localhost:${LISTEN}`);

  const shutDown = async (code: number) => {
    await stopChild(nginx, 5_000);
    await Promise.all(apps.map((app) => stopChild(app, 10_000)));
    rmSync(dir, { recursive: true, force: true });
    process.exit(code);
  };
  process.once("SIGTERM", () => void shutDown(0));
  process.once("SIGINT", () => void shutDown(0));
  // One process failing leaves the others serving behind nginx; nginx itself ending ends all.
  await shutDown(await exited(nginx));
}

main().catch((error) => {
  console.error("[柳市·集群] 启动失败：", error instanceof Error ? error.message : error);
  process.exit(1);
});
