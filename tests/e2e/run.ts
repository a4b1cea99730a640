// `npm run test:e2e [playwright args]`: a fresh seeded database (PostgreSQL when DATABASE_URL is
// set, else an in-memory PGlite served from this process), the production build made against it
// (the public pages are prerendered from the database), the server of lib/server/serve.ts, then the Playwright specs
// in Debian's Chromium. Where Chromium is missing it says so; in CI a missing browser fails.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromiumPath } from "./chromium";
import { createTestDatabase } from "../support/test-database";
import { buildApp, embeddedEnv, spawnServer } from "@/lib/server/app";

const browser = chromiumPath();
if (!existsSync(browser)) {
  const how = "apt-get install -y chromium fonts-noto-cjk";
  if (process.env.CI) {
    console.error(`[e2e] FAILED: Chromium not found at ${browser}. Install it with: ${how}`);
    process.exit(1);
  }
  console.warn(`[e2e] SKIPPED: Chromium not found at ${browser}; the browser tests did not run.\n[e2e] Install it with: sudo ${how}  (or set CHROMIUM_PATH), then run npm run test:e2e.`);
  process.exit(0);
}

const port = process.env.E2E_PORT ?? "3100";
const exited = (child: ChildProcess) => new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));

async function waitForHealth(server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become healthy");
}

const db = await createTestDatabase();
console.log(`[e2e] ${db.kind} test database ready`);
const embedded = db.kind === "pglite";
let server: ChildProcess | null = null;
let code = 1;
try {
  await buildApp(db.url, { embedded });
  server = spawnServer({
    port,
    env: { ...embeddedEnv(embedded), LIUSHI_DEMO: "1", DATABASE_URL: db.url, AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789", AUTH_TRUST_HOST: "true" },
  });
  await waitForHealth(server);
  const playwright = spawn(process.execPath, [path.resolve("node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_PORT: port },
  });
  code = await exited(playwright);
} catch (error) {
  console.error("[e2e]", error);
} finally {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await exited(server);
  }
  await db.drop().catch((error) => console.error("[e2e] could not drop the test database", error));
}
process.exit(code);
