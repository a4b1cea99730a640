// `npm run bench`: a fresh seeded database, the production build made against it (the public
// pages are prerendered from it), the server of lib/server/serve.ts; measures and writes
// docs/benchmarks.md.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { createTestDatabase } from "../../tests/support/test-database";
import { measure, httpTable, type HttpResult } from "./http-bench";
import { runDashboardBench } from "./dashboard-bench";
import { buildApp, embeddedEnv, spawnServer } from "@/lib/server/app";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const base = `http://127.0.0.1:${PORT}`;

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

async function main() {
  const db = await createTestDatabase();
  await buildApp(db.url, { embedded: db.kind === "pglite" }).catch(async (error) => {
    await db.drop();
    throw error;
  });
  const server = spawnServer({
    port: PORT,
    env: { ...embeddedEnv(db.kind === "pglite"), LIUSHI_DEMO: "1", DATABASE_URL: db.url, AUTH_SECRET: "bench-only-secret-0123456789abcdef", AUTH_TRUST_HOST: "true" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth();
    const targets = [
      { name: "static file (baseline)", path: "/robots.txt" },
      { name: "home page", path: "/" },
      { name: "strategy page", path: "/strategies/A" },
      // A query string passes the response cache by: the same prerendered page from Next.js alone.
      { name: "home page, Next.js alone", path: "/?via=next" },
    ];
    // Warm-up, not measured: JIT, Next.js's caches and the response cache.
    for (const t of targets) await measure(base, t.name, t.path, WARMUP_SECONDS);
    const results: HttpResult[] = [];
    for (const t of targets) results.push(await measure(base, t.name, t.path, SECONDS));
    const baseline = results[0];
    const dashboard = await runDashboardBench();
    const doc = render({ results, baseline, dashboard, database: db.kind });
    writeFileSync("docs/benchmarks.md", doc);
    console.log(doc);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await db.drop();
  }
}

function render(args: { results: HttpResult[]; baseline: HttpResult; dashboard: string; database: string }) {
  const [, home, strategy] = args.results;
  const ratio = (r: HttpResult) => (r.requestsPerSec / args.baseline.requestsPerSec).toFixed(2);
  return `# Benchmarks

Reproduce: \`npm run bench\` (\`lib/bench/run.ts\`: builds against a fresh database, then measures). Measured ${new Date().toISOString().slice(0, 10)} on
${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version},
database: ${args.database === "postgresql" ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite"}, seeded demo plan.

## Public pages (issue 3)

The production server (\`lib/server/serve.ts\`: Next.js behind the response cache of prerendered
public pages) in its own process; autocannon in the bench process, 64 connections, ${SECONDS} s per
target after a ${WARMUP_SECONDS} s warm-up of each, with \`Accept-Encoding: gzip\` as browsers send it. The
static file is the baseline measured in the same run; Next.js serves it (from \`public/\`).
The last row asks for the home page with a query string, which the response cache passes by:
the same prerendered page served by Next.js alone (routing, and gzip on every request).

${httpTable(args.results, args.baseline)}

Aim: at least half the static file's requests/s and p99 ≤ 100 ms.
Home page: ${ratio(home)} × static, p99 ${home.p99} ms. Strategy page: ${ratio(strategy)} × static, p99 ${strategy.p99} ms.
${[home, strategy].every((r) => r.requestsPerSec >= args.baseline.requestsPerSec / 2 && r.p99 <= 100) ? "Met for both pages." : "Missed: see the rows above."}

SQL statements per public page on a cold cache are counted at the pg driver and held to ≤ 3 by
\`tests/integration/public-queries.test.ts\` (part of \`npm test\`).

${args.dashboard}
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
