// `npm run bench:dashboard` (and part of `npm run bench`): server render time of the leadership
// dashboards at the seeded size (1x) and at 100x (`npm run db:scale -- --factor 100`: ~10,000
// measures, ~1,000,000 approved reports), and the SQL statements per page request.
//
// Each size gets a scratch database on the PostgreSQL of BENCH_DATABASE_URL (else DATABASE_URL,
// else postgresql://postgres@127.0.0.1:5432/postgres), migrated, seeded (and scaled), and its own
// server (`next start`) on the current build (standalone, it builds first); the bench signs in as the leader with a session cookie it
// signs itself, warms each page, then requests it N times one after another and times the whole
// HTML response. The server counts its statements (lib/bench/count-queries.cjs; BENCH_LOG_SLOW=ms
// prints the slower ones). BENCH_DASHBOARD_FACTORS=1,100 and BENCH_DASHBOARD_RUNS=30 by default;
// BENCH_DASHBOARD_EXISTING=<url> measures the largest factor on that database instead of a scratch one;
// BENCH_SKIP_BUILD=1 measures the last build.
import { spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/config";
import { freePort } from "@/lib/server/embedded-db";
import { migrateDeploy } from "@/lib/server/migrate";
import { spawnNext } from "@/lib/server/next-process";
import { buildApp } from "../../tests/support/build-app";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/prisma/seed/seed";

const SECRET = "dashboard-bench-secret-0123456789abcdef";
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 30);
const PAGES = [
  { name: "plan overview", path: "/console/dashboard" },
  { name: "strategy A", path: "/console/dashboard/A" },
  { name: "task area A1", path: "/console/dashboard/A/A1" },
  { name: "measure A1-02", path: "/console/dashboard/A/A1/A1-02" },
  { name: "plan overview, 2019年末", path: "/console/dashboard?asOf=2019-12-31" },
  { name: "plan overview, 2019-06-17 (not a quarter end)", path: "/console/dashboard?asOf=2019-06-17" },
  { name: "plan overview, 2020-08-09 (not a quarter end)", path: "/console/dashboard?asOf=2020-08-09" },
  { name: "strategy B, 2021-02-14 (not a quarter end)", path: "/console/dashboard/B?asOf=2021-02-14" },
  { name: "task area C1, 2018-11-03 (not a quarter end)", path: "/console/dashboard/C/C1?asOf=2018-11-03" },
];

type PageResult = { name: string; path: string; p50: number; p99: number; statements: number; nodeCpu: number; pgCpu: number; kb: number };
type SizeResult = { factor: number; measures: number; reports: number; seconds: number; pages: PageResult[] };

function serverUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A migrated, seeded (and scaled) scratch database; drop() removes it. */
async function scratchDatabase(factor: number) {
  const name = `liushi_bench_${randomBytes(5).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const drop = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined);
  try {
    await migrateDeploy(url.toString(), { quiet: true });
    const db = createPrismaClient(url.toString());
    await seedDatabase(db);
    await db.$disconnect();
    if (factor > 1) {
      const r = spawnSync(process.execPath, ["--import", "tsx", "prisma/scale/run.ts", "--factor", String(factor)], {
        env: { ...process.env, DATABASE_URL: url.toString() },
        stdio: ["ignore", "ignore", "inherit"],
      });
      if (r.status !== 0) throw new Error(`db:scale exited with ${r.status}`);
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), drop };
}

async function startServer(databaseUrl: string) {
  const [port, counterPort] = [await freePort(), await freePort()];
  const server: ChildProcess = spawnNext({
    port,
    env: {
      LIUSHI_DEMO: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: SECRET,
      AUTH_URL: `http://127.0.0.1:${port}`,
      BENCH_COUNTER_PORT: String(counterPort),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.resolve("lib/bench/count-queries.cjs")}`.trim(),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (i > 120) throw new Error("the dashboard bench server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const statements = async () => Number(await (await fetch(`http://127.0.0.1:${counterPort}/`)).text());
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  return { base, statements, stop, pid: server.pid };
}

/** The fields of /proc/<pid>/stat after the command (state is [0]); null when the process is gone. */
function procStat(pid: number | string): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  } catch {
    return null;
  }
}

/** CPU time (ms) a process has used, from /proc (Linux; USER_HZ is 100); 0 where there is none. */
function cpuMs(pid: number | string, stat = procStat(pid)): number {
  return stat ? ((Number(stat[11]) + Number(stat[12])) * 1000) / 100 : 0;
}

/**
 * CPU time of PostgreSQL on this machine: its live processes, plus what its ended processes used
 * (the postmaster's children's time), so that a connection closed meanwhile is still counted.
 */
function postgresCpuMs(): number {
  let total = 0;
  try {
    const comm = (pid: string) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
      } catch {
        return "";
      }
    };
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid) || comm(pid) !== "postgres") continue;
      const stat = procStat(pid);
      if (!stat) continue;
      total += cpuMs(pid, stat);
      if (comm(stat[1]) !== "postgres") total += ((Number(stat[13]) + Number(stat[14])) * 1000) / 100; // the postmaster
    }
  } catch {}
  return total;
}

/** The leader's session cookie, signed like next-auth signs it. */
async function leaderCookie(databaseUrl: string): Promise<string> {
  const db = createPrismaClient(databaseUrl);
  const leader = await db.user.findUniqueOrThrow({ where: { username: "leader" }, select: { id: true, sessionVersion: true, displayName: true } });
  // A server-side session row, as a login makes (lib/auth/login-session.ts, server-only).
  const sid = randomBytes(16).toString("base64url");
  await db.loginSession.create({ data: { id: sid, userId: leader.id, expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_SECONDS * 1000) } });
  await db.$disconnect();
  const salt = "authjs.session-token";
  const token = await encode({
    salt,
    secret: SECRET,
    maxAge: 12 * 3600,
    token: { sub: String(leader.id), name: leader.displayName, uid: leader.id, role: "LEADER", sv: leader.sessionVersion, sid, loginAt: Math.floor(Date.now() / 1000) },
  });
  return `${salt}=${token}`;
}

async function sizeOf(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ measures: number; reports: number }>(
      `SELECT (SELECT count(*) FROM "measure")::int AS measures, (SELECT count(*) FROM "progress_report" WHERE "reviewState" = 'APPROVED')::int AS reports`,
    );
    return r.rows[0];
  } finally {
    await client.end();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measureSize(factor: number): Promise<SizeResult> {
  const t0 = performance.now();
  // BENCH_DASHBOARD_EXISTING: an already migrated, seeded and scaled database for the largest
  // factor (kept afterwards), to iterate on the engine without building one each time.
  const existing = process.env.BENCH_DASHBOARD_EXISTING;
  const db = existing && factor > 1 ? { url: existing, drop: async () => {} } : await scratchDatabase(factor);
  const seconds = (performance.now() - t0) / 1000;
  const server = await startServer(db.url);
  try {
    const counts = await sizeOf(db.url);
    const cookie = await leaderCookie(db.url);
    const get = async (p: string) => {
      const res = await fetch(`${server.base}${p}`, { headers: { cookie, "user-agent": "dashboard-bench" }, redirect: "manual" });
      const body = await res.text();
      if (res.status !== 200 || !body.includes("领导驾驶舱")) throw new Error(`GET ${p}: ${res.status}`);
      // BENCH_DASHBOARD_SAVE_HTML=<dir>: each page's HTML, to see what its kilobytes are
      if (process.env.BENCH_DASHBOARD_SAVE_HTML) writeFileSync(path.join(process.env.BENCH_DASHBOARD_SAVE_HTML, `${factor}x${p.replace(/[^\w-]+/g, "_")}.html`), body);
      return Buffer.byteLength(body) / 1024;
    };
    const pages: PageResult[] = [];
    for (const page of PAGES) {
      let kb = 0;
      for (let i = 0; i < 3; i++) kb = await get(page.path); // warm: code paths, plans, the snapshot
      const times: number[] = [];
      let statements = 0;
      const [node0, pg0] = [cpuMs(server.pid ?? 0), postgresCpuMs()];
      for (let i = 0; i < RUNS; i++) {
        const before = await server.statements();
        const start = performance.now();
        await get(page.path);
        times.push(performance.now() - start);
        statements = (await server.statements()) - before;
      }
      // BENCH_DASHBOARD_TIMES=1: every request's time, in order, to see where the slowest fall
      if (process.env.BENCH_DASHBOARD_TIMES) console.error(`[bench] ${factor}x ${page.path}: ${times.map((t) => t.toFixed(0)).join(" ")}`);
      // CPU per request: the server's (Node.js) and PostgreSQL's, on a machine with os.availableParallelism() cores.
      const [nodeCpu, pgCpu] = [(cpuMs(server.pid ?? 0) - node0) / RUNS, (postgresCpuMs() - pg0) / RUNS];
      times.sort((a, b) => a - b);
      pages.push({ ...page, p50: percentile(times, 50), p99: percentile(times, 99), statements, nodeCpu, pgCpu, kb });
    }
    return { factor, measures: counts.measures, reports: counts.reports, seconds, pages };
  } finally {
    await server.stop();
    await db.drop();
  }
}

function render(sizes: SizeResult[]): string {
  const [one, hundred] = sizes;
  const ms = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(0));
  const rows = one.pages.map((p, i) => {
    const h = hundred?.pages[i];
    return `| ${p.name} | \`${p.path}\` | ${ms(p.p50)} | ${ms(p.p99)} | ${ms(h?.p50)} | ${ms(h?.p99)} | ${p.statements}${h && h.statements !== p.statements ? ` / ${h.statements}` : ""} | ${ms((h ?? p).nodeCpu)} / ${ms((h ?? p).pgCpu)} | ${ms((h ?? p).kb)} |`;
  });
  // With fewer than 100 runs the 99th percentile is the slowest run: say so.
  const tail = RUNS < 100 ? "max" : "p99";
  const big = hundred ?? one;
  const missed = big.pages.filter((p) => p.p99 > 300 || p.statements > 10).map((p) => `${p.name} (${ms(p.p50)} / ${ms(p.p99)} ms, ${p.statements} statements)`);
  const verdict = missed.length === 0 ? `Met at ${big.factor}x: every page's ${tail} ≤ 300 ms and ≤ 10 statements.` : `Missed at ${big.factor}x by: ${missed.join("; ")}.`;
  const sizesLine = sizes.map((s) => `${s.factor}x: ${s.measures.toLocaleString("en")} measures and projects, ${s.reports.toLocaleString("en")} approved reports (built in ${s.seconds.toFixed(0)} s)`).join("; ");
  return `## Leadership dashboards (issue 5)

Server render time of the dashboard pages for a signed-in leader: one \`next start\` process on a scratch
PostgreSQL database per size, ${RUNS} sequential requests per page after 3 warm-up requests, time to
the whole HTML response, from the bench process. Nothing caches a dashboard: every request judges
its day again. SQL statements per request are counted in the
server at node-postgres (\`lib/bench/count-queries.cjs\`), the session and the console layout's
included. CPU per request is the server's and all PostgreSQL processes' CPU time over the timed requests
(\`/proc\`), divided by their number: on ${availableParallelism()} cores, the two share the machine. ${sizesLine}.

| page | path | ${one.factor}x p50 ms | ${one.factor}x ${tail} ms | ${hundred ? `${hundred.factor}x` : "—"} p50 ms | ${hundred ? `${hundred.factor}x` : "—"} ${tail} ms | SQL statements per request | CPU ms per request at ${(hundred ?? one).factor}x, Node.js / PostgreSQL | HTML KB at ${(hundred ?? one).factor}x |
|---|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}

Aim: ≤ 300 ms at 100x and ≤ 10 statements per page. ${verdict} Snapshot days (quarter-ends, as the year-end
quick links and the default day) read the status snapshot; other days are judged on the spot.
Reproduce: \`npm run bench:dashboard\` (BENCH_DASHBOARD_RUNS, BENCH_DATABASE_URL).
`;
}

export async function runDashboardBench(): Promise<string> {
  try {
    await admin("SELECT 1");
  } catch (error) {
    return `## Leadership dashboards (issue 5)\n\nNot measured: no PostgreSQL at ${serverUrl()} (${error instanceof Error ? error.message : error}).\n`;
  }
  const sizes: SizeResult[] = [];
  const factors = (process.env.BENCH_DASHBOARD_FACTORS ?? "1,100").split(",").map(Number);
  for (const factor of factors) sizes.push(await measureSize(factor));
  return render(sizes);
}

/** Standalone: build first (the build reads no database; BENCH_SKIP_BUILD=1 keeps the last build). */
async function buildAndRun(): Promise<string> {
  if (process.env.BENCH_SKIP_BUILD !== "1") await buildApp();
  return runDashboardBench();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAndRun().then(
    (text) => console.log(text),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
