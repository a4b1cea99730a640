// `npm run test:e2e [playwright args]`: the production build (it reads no database), a fresh
// seeded database (PostgreSQL when DATABASE_URL is set, else an in-memory PGlite served from this
// process), `next start`, then the Playwright specs in Debian's Chromium. On PostgreSQL the app
// shares its caches through a redis-server of the run's own, as in production, and the cluster
// specs add a second process and nginx. Where Chromium is missing it says so; in CI it fails.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromiumPath } from "./chromium";
import { createTestDatabase } from "../support/test-database";
import { buildApp } from "../support/build-app";
import { startRedisServer, type RedisServer } from "../support/redis-server";
import { exited, spawnNext, stopChild, waitForOk } from "@/lib/server/next-process";
import { appEnv } from "./app-env";

const browser = chromiumPath();
if (!existsSync(browser)) {
  const how = "apt-get install -y chromium fonts-noto-cjk nginx";
  if (process.env.CI) {
    console.error(`[e2e] FAILED: Chromium not found at ${browser}. Install it with: ${how}`);
    process.exit(1);
  }
  console.warn(`[e2e] SKIPPED: Chromium not found at ${browser}; the browser tests did not run.\n[e2e] Install it with: sudo ${how}  (or set CHROMIUM_PATH), then run npm run test:e2e.`);
  process.exit(0);
}

const port = process.env.E2E_PORT ?? "3100";
if (process.env.E2E_SKIP_BUILD !== "1") await buildApp();
const db = await createTestDatabase();
console.log(`[e2e] ${db.kind} test database ready`);
const redis: RedisServer | null = db.kind === "postgresql" ? await startRedisServer() : null;
let server: ChildProcess | null = null;
let code = 1;
try {
  const env = appEnv({ databaseUrl: db.url, embedded: db.kind === "pglite", redisUrl: redis?.url, port });
  server = spawnNext({ port, env });
  await waitForOk(`http://127.0.0.1:${port}/api/health`, { child: server, timeoutMs: 120_000 });
  const playwright = spawn(process.execPath, [path.resolve("node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_PORT: port, E2E_DATABASE_URL: db.url, E2E_DATABASE_KIND: db.kind, ...(redis && { E2E_REDIS_PORT: String(redis.port), E2E_REDIS_URL: redis.url }) },
  });
  code = await exited(playwright);
} catch (error) {
  console.error("[e2e]", error);
} finally {
  if (server) await stopChild(server);
  await redis?.stop();
  await db.drop().catch((error) => console.error("[e2e] could not drop the test database", error));
}
process.exit(code);
