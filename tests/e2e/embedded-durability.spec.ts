// The embedded database under a real `node dist/server/start.mjs` (issue 11): a second start on
// the same data folder is refused; `npm run backup` works while the app runs and writes; and after
// `kill -9` in the middle of a burst of writes, a restart has every write that was acknowledged.
// No browser: these drive the compiled commands and the database server they publish.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import * as tar from "tar";
import { freePort } from "@/lib/server/embedded-db";
import { readEmbeddedEndpoint } from "@/lib/server/embedded-endpoint";
import { exited, waitForOk } from "@/lib/server/next-process";

test.describe.configure({ mode: "serial", timeout: 300_000 });

let dataDir = ""; // made in beforeAll: Playwright imports this file in more than one process
let port = 0;
let app: ChildProcess | null = null;

function appEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LIUSHI_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", SEED_DEMO_HISTORY: "0" };
  delete env.DATABASE_URL; // the embedded database
  delete env.REDIS_URL;
  return env;
}

/** Starts the compiled `npm start` in a process group of its own, so that kill -9 takes `next start` too. */
async function startApp(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["dist/server/start.mjs"], { env: appEnv(), detached: true, stdio: ["ignore", "ignore", "inherit"] });
  app = child; // stopped by afterAll even when it never becomes ready
  await waitForOk(`http://127.0.0.1:${port}/api/health`, { child, timeoutMs: 240_000 });
  await expect.poll(() => readEmbeddedEndpoint(dataDir)?.pid, { timeout: 10_000 }).toBe(child.pid);
  return child;
}

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: readEmbeddedEndpoint(dataDir)!.url });
  client.on("error", () => undefined); // the kill -9 test drops the server under it; the failed query says so
  await client.connect();
  return client;
}

/** Writers that insert one row per statement (each autocommitted) and record what was acknowledged. */
function burst(clients: pg.Client[], table: string) {
  const acknowledged: number[] = [];
  let next = 0;
  let running = true;
  const failures: unknown[] = [];
  const loops = clients.map(async (client) => {
    while (running) {
      const id = next++;
      try {
        await client.query(`INSERT INTO ${table} (id) VALUES ($1)`, [id]);
        acknowledged.push(id);
      } catch (error) {
        if (running) failures.push(error);
        return;
      }
    }
  });
  const stop = async () => {
    running = false;
    await Promise.allSettled(loops);
  };
  return { acknowledged, failures, stop };
}

test.beforeAll(async () => {
  test.setTimeout(300_000); // initdb, migrations and seed of a new embedded database
  dataDir = mkdtempSync(path.join(os.tmpdir(), "liushi-e2e-embedded-"));
  port = await freePort();
  app = await startApp();
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  if (app?.pid && app.exitCode === null && app.signalCode === null) {
    process.kill(-app.pid, "SIGTERM");
    await exited(app);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("a second start on the same data folder is refused within 10 s, naming the PID", async () => {
  const started = Date.now();
  const second = spawn(process.execPath, ["dist/server/start.mjs"], { env: { ...appEnv(), PORT: String(await freePort()) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  second.stdout?.on("data", (d) => (output += d));
  second.stderr?.on("data", (d) => (output += d));
  const code = await exited(second);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(code).not.toBe(0);
  expect(output).toContain(`PID ${app!.pid}`);
});

test("npm run backup works while the app runs and writes", async () => {
  const setup = await connect();
  await setup.query("CREATE TABLE durability_probe (id int PRIMARY KEY)");
  await setup.end();
  const writers = [await connect(), await connect()];
  const writes = burst(writers, "durability_probe");
  const out = path.join(dataDir, "running.tar.gz");
  const backup = spawn(process.execPath, ["dist/server/backup-cli.mjs", "--out", out], { env: appEnv(), stdio: ["ignore", "inherit", "inherit"] });
  expect(await exited(backup)).toBe(0);
  await writes.stop();
  await Promise.all(writers.map((w) => w.end()));
  expect(writes.failures).toEqual([]);

  const unpacked = mkdtempSync(path.join(dataDir, "unpacked-"));
  await tar.extract({ file: out, cwd: unpacked });
  const manifest = JSON.parse(readFileSync(path.join(unpacked, "manifest.json"), "utf8"));
  expect(manifest.source.kind).toBe("pglite");
  expect(manifest.tables.durability_probe).toBeLessThanOrEqual(writes.acknowledged.length);
  expect(manifest.tables.measure).toBeGreaterThan(0);
  expect((await fetch(`http://127.0.0.1:${port}/api/health`)).ok).toBe(true);
});

test("kill -9 during a burst of writes loses no acknowledged write", async () => {
  const setup = await connect();
  await setup.query("CREATE TABLE durability_kill (id int PRIMARY KEY)");
  await setup.end();
  const writers = [await connect(), await connect()];
  const writes = burst(writers, "durability_kill");
  await expect.poll(() => writes.acknowledged.length, { timeout: 120_000, intervals: [50] }).toBeGreaterThanOrEqual(250);
  process.kill(-app!.pid!, "SIGKILL"); // the start process (it owns PGlite) and next start, mid-burst
  await exited(app!);
  await writes.stop();
  const acknowledged = [...writes.acknowledged];
  for (const w of writers) await w.end().catch(() => undefined);
  expect(acknowledged.length).toBeGreaterThanOrEqual(250);
  expect(existsSync(path.join(dataDir, "liushi.lock"))).toBe(true); // left behind by the killed process

  app = await startApp(); // takes over the stale lock
  const reader = await connect();
  const { rows } = await reader.query<{ id: number }>("SELECT id FROM durability_kill");
  await reader.end();
  const kept = new Set(rows.map((r) => r.id));
  expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
});
