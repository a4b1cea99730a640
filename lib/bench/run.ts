// `npm run bench`: the production topology on this machine, measured in one run: nginx in front
// of two `next start` processes sharing PostgreSQL and a redis-server of the bench's own, a fresh
// seeded database, and one process measured directly. Writes docs/benchmarks.md. Needs
// DATABASE_URL (PostgreSQL): the embedded PGlite is one process by design.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "../../tests/support/test-database";
import { buildApp } from "../../tests/support/build-app";
import { startRedisServer } from "../../tests/support/redis-server";
import { appEnv } from "../../tests/e2e/app-env";
import { CLIENT, measure, httpTable, type HttpResult } from "./http-bench";
import { runDashboardBench } from "./dashboard-bench";
import { LIGHTHOUSE_HEADING, lighthouseSection, runLighthouse } from "./lighthouse";
import { freePort } from "@/lib/server/embedded-db";
import { spawnNext, stopChild, waitForOk } from "@/lib/server/next-process";

const loadAverage = () => os.loadavg().map((x) => x.toFixed(1)).join(" / ");
const LOAD_AT_START = loadAverage();
import { startNginx } from "@/lib/server/nginx";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);

type Target = { name: string; base: string; path: string };

// The public pages measured, and the name of each one's static copy (its gzipped bytes as a file).
const PAGES = [
  { name: "home page", path: "/", copy: "home.html" },
  { name: "strategy page", path: "/strategies/A", copy: "strategy.html" },
  { name: "measure page", path: "/measures/A1-02", copy: "measure.html" },
];

/** The page as nginx sends it with gzip (raw bytes: fetch would unzip them), written to `dir` for nginx to serve as a plain file. */
async function writeStaticCopies(viaNginx: string, dir: string): Promise<void> {
  for (const page of PAGES) {
    const body = await new Promise<Buffer>((resolve, reject) => {
      http.get(`${viaNginx}${page.path}`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => (res.statusCode === 200 && res.headers["content-encoding"] === "gzip" ? resolve(Buffer.concat(chunks)) : reject(new Error(`${page.path}: ${res.statusCode}, no gzip`))));
      }).on("error", reject);
    });
    writeFileSync(path.join(dir, page.copy), body);
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("npm run bench 需要 DATABASE_URL（PostgreSQL）：要测量的是 nginx 之后的多个进程。");
  if (process.env.BENCH_SKIP_BUILD !== "1") await buildApp();
  // BENCH_PORTS=app1,app2,nginx,redis on a machine where each user has a range of ports; else free ones.
  const [app1, app2, nginxPort, redisPort] = process.env.BENCH_PORTS?.split(",").map(Number) ?? [await freePort(), await freePort(), await freePort(), await freePort()];
  const ports = [app1, app2];
  const db = await createTestDatabase();
  const redis = await startRedisServer(redisPort);
  const env = appEnv({ databaseUrl: db.url, embedded: false, redisUrl: redis.url, port: nginxPort });
  const apps = ports.map((port) => spawnNext({ port, env, stdio: ["ignore", "ignore", "inherit"] }));
  const dir = mkdtempSync(path.join(os.tmpdir(), "liushi-bench-nginx-"));
  let nginx: ReturnType<typeof startNginx> | null = null;
  try {
    await Promise.all(ports.map((port, i) => waitForOk(`http://127.0.0.1:${port}/api/health`, { child: apps[i] })));
    const copies = path.join(dir, "static-copies");
    mkdirSync(copies);
    nginx = startNginx({ dir, listen: nginxPort, upstreams: ports.map((p) => `127.0.0.1:${p}`), staticCopies: copies });
    chmodSync(copies, 0o755);
    const viaNginx = `http://127.0.0.1:${nginxPort}`;
    await waitForOk(`${viaNginx}/api/health`, { child: nginx });
    await writeStaticCopies(viaNginx, copies);
    const direct = `http://127.0.0.1:${ports[0]}`;
    const targets: Target[] = [
      { name: "static file, nginx (baseline)", base: viaNginx, path: "/robots-static.txt" },
      ...PAGES.flatMap((p) => [
        { name: `static copy of the ${p.name} (its gzipped bytes), nginx`, base: viaNginx, path: `/static-copies/${p.copy}` },
        { name: `${p.name}, nginx → 2 processes`, base: viaNginx, path: p.path },
      ]),
      { name: "search, nginx → 2 processes", base: viaNginx, path: "/measures?q=%E9%81%93%E8%B7%AF" },
      ...PAGES.map((p) => ({ name: `${p.name}, one \`next start\` directly`, base: direct, path: p.path })),
    ];
    // Warm-up, not measured: JIT, Next.js's caches in Redis, nginx's micro-cache.
    for (const t of targets) await measure(t.base, t.name, t.path, WARMUP_SECONDS);
    const results: HttpResult[] = [];
    for (const t of targets) results.push(await measure(t.base, t.name, t.path, SECONDS));
    const floods = process.env.BENCH_SKIP_FLOOD === "1" ? previousSection("## A search flood") : floodSection(await measureFlood(viaNginx, direct), results[0]);
    const lighthouse = process.env.BENCH_SKIP_LIGHTHOUSE === "1" ? previousSection(LIGHTHOUSE_HEADING) : lighthouseSection(runLighthouse(direct));
    const dashboard = process.env.BENCH_SKIP_DASHBOARD === "1" ? previousSection("## Leadership dashboards") : await runDashboardBench();
    const doc = render({ results, floods, dashboard, lighthouse });
    writeFileSync("docs/benchmarks.md", doc);
    console.log(doc);
  } finally {
    if (nginx) await stopChild(nginx, 5_000);
    await Promise.all(apps.map((app) => stopChild(app)));
    rmSync(dir, { recursive: true, force: true });
    await redis.stop();
    await db.drop();
  }
}

/** A flood of searches (rendered per request, rate-limited per client) while visitors read the home page: the cached page must stay fast. */
async function measureFlood(viaNginx: string, direct: string): Promise<HttpResult[]> {
  const [flood, during] = await Promise.all([
    measure(viaNginx, "search flood, 200 connections, nginx", "/measures?q=%E5%AD%A6%E6%A0%A1", SECONDS, 200),
    measure(viaNginx, "home page during the search flood, nginx", "/", SECONDS, 16),
  ]);
  const [floodDirect, duringDirect] = await Promise.all([
    measure(direct, "search flood, 200 connections, one process", "/measures?q=%E5%AD%A6%E6%A0%A1", SECONDS, 200),
    measure(direct, "home page during the search flood, one process", "/", SECONDS, 16),
  ]);
  return [flood, during, floodDirect, duringDirect];
}

function verdict(ok: boolean): string {
  return ok ? "met" : "**missed**";
}

/** A section of the previous docs/benchmarks.md (up to the next "## "), kept when not re-measured (BENCH_SKIP_DASHBOARD=1, BENCH_SKIP_LIGHTHOUSE=1, BENCH_SKIP_FLOOD=1). */
function previousSection(heading: string): string {
  const doc = existsSync("docs/benchmarks.md") ? readFileSync("docs/benchmarks.md", "utf8") : "";
  const start = doc.indexOf(heading);
  if (start < 0) return `(${heading.replace(/^## /, "")}: not measured in this run)`;
  const end = doc.indexOf("\n## ", start + heading.length);
  return `${doc.slice(start, end < 0 ? undefined : end).trimEnd()}\n\n(Not re-measured in this run: the figures of an earlier run.)\n`;
}

function floodSection(floods: HttpResult[], baseline: HttpResult): string {
  return `## A search flood (issue 12)

200 connections from one client flood the search (rendered per request; limited to
30 per 10 s per client, then 429 with \`Retry-After\`) while 16 connections read the cached home page,
through nginx and against one process directly:

${httpTable(floods, baseline)}

- The home page's p99 stays ≤ 500 ms during the flood: ${verdict([floods[1], floods[3]].every((r) => r.requestsPerSec > 0 && r.errors === 0 && r.p99 <= 500))}
  (nginx ${floods[1].p99} ms, one process ${floods[3].p99} ms). The flood's non-2xx are the 429s.

SQL statements per public page on a cold cache are counted at the pg driver and held to ≤ 3 by
\`tests/integration/public-queries.test.ts\` (part of \`npm test\`).
`;
}

function render({ results, floods, dashboard, lighthouse }: { results: HttpResult[]; floods: string; dashboard: string; lighthouse: string }) {
  const [baseline, ...rest] = results;
  const viaNginx = rest.filter((r) => r.name.includes("nginx → ") && !r.name.startsWith("search"));
  const direct = rest.filter((r) => r.name.includes("directly"));
  const nginxOk = viaNginx.every((r) => r.requestsPerSec >= baseline.requestsPerSec / 2 && r.p99 <= 100);
  const directOk = direct.every((r) => r.requestsPerSec >= 250 && r.p99 <= 300);
  const copyOf = (r: HttpResult) => rest.find((c) => c.name === `static copy of the ${r.name.split(",")[0]} (its gzipped bytes), nginx`)!;
  const copyRatios = viaNginx.map((r) => `${r.name.split(",")[0]} ${(r.requestsPerSec / copyOf(r).requestsPerSec).toFixed(2)}`).join(", ");
  const copiesToBaseline = PAGES.map((p) => rest.find((c) => c.path.endsWith(p.copy))!)
    .map((c) => (c.requestsPerSec / baseline.requestsPerSec).toFixed(2))
    .join(", ");
  return `# Benchmarks

Reproduce: \`DATABASE_URL=postgresql://… npm run bench\` (\`lib/bench/run.ts\`). Measured ${new Date().toISOString().slice(0, 10)} on
${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version},
PostgreSQL, a fresh database with the seeded demo plan. Load average (1 / 5 / 15 min) when the run
began: ${LOAD_AT_START}; at its end: ${loadAverage()}. Figures from a loaded machine are pessimistic;
ratios within a table were measured side by side.

## Public pages through nginx and from one process (issue 10)

The production topology on this machine: nginx (\`deploy/nginx/*.inc\`, 1 s micro-cache) in front of
two \`next start\` processes sharing PostgreSQL and Redis (\`REDIS_URL\`: Next.js's page and data caches);
the same pages from one process directly. ${CLIENT === "wrk" ? "wrk (Debian's package, 2 threads)" : "autocannon in the bench process (wrk is not installed)"}, 64 connections, ${SECONDS} s
per target after a ${WARMUP_SECONDS} s warm-up of each, \`Accept-Encoding: gzip\`. The baseline is nginx
serving a static file from disk (\`public/robots.txt\`), measured in the same run: the limit of this
machine. All of it shares the machine's 2 cores with the load generator.

${httpTable(results, baseline)}

- Through nginx, at least 0.5 × the static file with p99 ≤ 100 ms: ${verdict(nginxOk)}.
- What bounds that ratio: nginx serving each page's own gzipped bytes from a plain file (the
  "static copy" rows, same run) reaches only ${copiesToBaseline} × the small static file; against its own copy,
  each page from nginx's micro-cache reaches ${copyRatios}. The page bodies (7–12 KB gzipped against
  a few hundred bytes) cost the load generator (${CLIENT}, on the same 2 cores) and nginx more per
  request than the small file does.
- One process directly, at least 250 requests/s with p99 ≤ 300 ms: ${verdict(directOk)}.
- An approval visible on every process and through nginx within 2 s: asserted 10 rounds in a row by
  \`tests/e2e/cluster.spec.ts\` (part of \`npm test\` on PostgreSQL), which prints the delays.

${floods}
${lighthouse}
${dashboard}
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
