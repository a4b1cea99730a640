// `npm start`: the whole product in one command. With DATABASE_URL it uses that PostgreSQL;
// without, it serves the embedded PGlite from .data/pglite. Either way it migrates, seeds an
// empty database, builds the app against it when the build is missing or was made from another
// database (the public pages are prerendered from the data), and runs the server (lib/server/serve.ts).
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { buildApp, embeddedEnv, spawnServer } from "./app";
import { migrateDeploy } from "./migrate";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/prisma/seed/seed";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { DEMO_PASSWORD, isDemoMode } from "@/lib/demo-mode";
import { accountsWithDemoPassword } from "./demo-accounts-check";

const DATA_DIR = path.resolve(process.env.LIUSHI_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);

function log(message: string) {
  console.log(`[柳市] ${message}`);
}

/** A signing secret for session cookies: AUTH_SECRET, or one generated once and kept in .data/. */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  log("AUTH_SECRET 未设置，使用 .data/auth-secret 中自动生成的密钥（生产环境请设置 AUTH_SECRET）。");
  return readFileSync(file, "utf8").trim();
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

async function main() {
  // Decided before the embedded database sets DATABASE_URL: no DATABASE_URL means a trial (demo).
  const demo = isDemoMode(process.env);
  let embedded: EmbeddedDb | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedDb({ dataDir: path.join(DATA_DIR, "pglite") });
    databaseUrl = embedded.url;
    log(`未设置 DATABASE_URL：使用内置数据库 PGlite（数据目录 ${path.join(DATA_DIR, "pglite")}）。`);
  }
  await migrateDeploy(databaseUrl, { quiet: true });
  const db = createPrismaClient(databaseUrl);
  const seeded = await seedDatabase(db, { demo, demoHistory: process.env.SEED_DEMO_HISTORY !== "0" });
  if (!demo) {
    const exposed = await accountsWithDemoPassword(db);
    if (exposed.length > 0) {
      log(`警告：以下启用的账号仍使用公开的演示密码，非演示模式下已禁止其登录，请由管理员重置密码或停用：${exposed.join("、")}`);
    }
  }
  // Every change of data goes through an audited action: the last audit entry tells whether the
  // data moved since the build (whose prerendered public pages hold the data of that moment).
  const lastChange = String((await db.auditLog.aggregate({ where: { NOT: { action: { startsWith: "auth." } } }, _max: { id: true } }))._max.id ?? 0);
  await db.$disconnect();
  if (seeded.seeded) log(`首次启动：已写入规划数据（${seeded.measures} 项举措/项目）${demo ? `和 ${seeded.reports} 份演示填报` : ""}。`);

  const env: NodeJS.ProcessEnv = { ...process.env, LIUSHI_DEMO: demo ? "1" : "0", DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret(), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
  // PGlite is one connection underneath, and its socket server interleaves the protocol messages
  // of concurrent connections outside transactions ("portal does not exist"): one pooled
  // connection serializes the app's queries, at no cost since PGlite runs them one by one anyway.
  Object.assign(env, embeddedEnv(Boolean(embedded)));
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const builtFor = path.join(distDir, "liushi-database");
  // The build's public pages come from the database: build again when it was made from another
  // database, or before the last change (the change may not have reached the pages on disk).
  const source = `${embedded ? `pglite:${path.join(DATA_DIR, "pglite")}` : databaseUrl} @${lastChange}`;
  const database = createHash("sha256").update(source).digest("hex"); // no credentials on disk
  const current = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(builtFor) && readFileSync(builtFor, "utf8") === database;
  if (!current || seeded.seeded) {
    log("正在构建应用（next build，公开页面按当前数据预渲染）…");
    await buildApp(databaseUrl, { embedded: Boolean(embedded), env });
    writeFileSync(builtFor, database);
  }
  const server = spawnServer({ port, hostname: process.env.HOST ?? "0.0.0.0", env });
  log(`访问地址：http://localhost:${port}`);
  if (demo) log(`演示模式。演示账号（密码均为 ${DEMO_PASSWORD}）：${demoAccounts.map((a) => a.username).join("、")}`);
  else log("生产模式：没有演示账号。首个管理员账号用 npm run admin:create -- --username <用户名> 创建。");

  const stop = async () => {
    server.kill("SIGTERM");
    await waitFor(server);
    await embedded?.stop();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  const code = await waitFor(server);
  await embedded?.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error("[柳市] 启动失败：", error);
  process.exit(1);
});
