// `npm start`: the whole product in one command. Without DATABASE_URL it serves the embedded
// PGlite from LIUSHI_DATA_DIR (one process per folder, locked); with DATABASE_URL it uses that
// PostgreSQL. Either way it applies migrations, seeds an empty database, then runs `next start`.
// The build reads no data, so nothing is ever rebuilt because data changed (`prestart` builds
// once when there is no build). SIGTERM stops taking requests, lets those in flight finish (at
// most 10 s) and closes the embedded database cleanly.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { DEMO_PASSWORD, isDemoMode } from "@/lib/demo-mode";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { lockDataDir, type DataDirLock } from "./data-dir-lock";
import { deployDatabase, describeDeploy } from "./db-deploy";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { publishEmbeddedEndpoint } from "./embedded-endpoint";
import { exited, spawnNext, stopChild } from "./next-process";
import { productionEnvProblems } from "./runtime-env";

const DATA_DIR = path.resolve(process.env.LIUSHI_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";

function log(message: string) {
  console.log(`[柳市] ${message}`);
}

/** The embedded trial's session secret: generated once and kept in the data folder. */
function embeddedAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const demo = isDemoMode(process.env); // before the embedded database sets DATABASE_URL
  const env: NodeJS.ProcessEnv = { ...process.env, LIUSHI_DEMO: demo ? "1" : "0", NODE_ENV: "production" };
  let lock: DataDirLock | null = null;
  let embedded: EmbeddedDb | null = null;
  if (!process.env.DATABASE_URL) {
    lock = lockDataDir(DATA_DIR); // before anything is written
    embedded = await startEmbeddedDb({ dataDir: path.join(DATA_DIR, "pglite") });
    log(`未设置 DATABASE_URL：使用内置数据库 PGlite（数据目录 ${path.join(DATA_DIR, "pglite")}）。`);
    // PGlite is one connection underneath and its socket server interleaves the protocol
    // messages of concurrent connections: one pooled connection serializes the app's queries.
    Object.assign(env, {
      DATABASE_URL: embedded.url,
      DATABASE_POOL_SIZE: "1",
      LIUSHI_EMBEDDED: "1",
      AUTH_SECRET: embeddedAuthSecret(),
      AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}`,
    });
  }
  const problems = productionEnvProblems(env);
  if (problems.length > 0) throw new Error(`无法以生产模式启动：\n${problems.map((p) => `  - ${p}`).join("\n")}`);

  const result = await deployDatabase(env.DATABASE_URL!, { demo, demoHistory: process.env.SEED_DEMO_HISTORY !== "0", serialize: !embedded });
  for (const line of describeDeploy(result, demo)) log(line);
  // `npm run backup` reaches the embedded database through this process's server (after the migrations).
  const withdrawEndpoint = embedded ? publishEmbeddedEndpoint(DATA_DIR, embedded.url) : null;

  const server = spawnNext({ port, hostname, env });
  log(`访问地址：http://localhost:${port}`);
  if (demo) log(`演示模式。演示账号（密码均为 ${DEMO_PASSWORD}）：${demoAccounts.map((a) => a.username).join("、")}`);
  else log("生产模式：没有演示账号。首个管理员用 npm run admin:create -- --username <用户名> 创建。");

  const shutDown = async (code: number) => {
    await stopChild(server, 10_000);
    withdrawEndpoint?.();
    await embedded?.stop();
    lock?.release();
    process.exit(code);
  };
  process.once("SIGTERM", () => void shutDown(0));
  process.once("SIGINT", () => void shutDown(0));
  await shutDown(await exited(server));
}

main().catch((error) => {
  console.error("[柳市] 启动失败：", error instanceof Error ? error.message : error);
  process.exit(1);
});
