// `npm run bench`: a fresh seeded database, the production build made against it (the public
// pages are prerendered from it), `next start`; measures and writes docs/benchmarks.md.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "../../tests/support/test-database";
import { measure, httpTable, type HttpResult } from "./http-bench";
import { runDashboardBench } from "./dashboard-bench";
import { buildApp, embeddedEnv } from "@/lib/server/build";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
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
  const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, ...embeddedEnv(db.kind === "pglite"), DATABASE_URL: db.url, AUTH_SECRET: "bench-only-secret-0123456789abcdef", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth();
    for (const p of ["/", "/strategies/A", "/robots.txt"]) await fetch(`${base}${p}`); // warm the caches
    const baseline = await measure(base, "static file (baseline)", "/robots.txt", SECONDS);
    const results: HttpResult[] = [baseline, await measure(base, "home page", "/", SECONDS), await measure(base, "strategy page", "/strategies/A", SECONDS)];
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

\`next start\` in its own process; autocannon in the bench process, 64 connections, ${SECONDS} s per target,
caches warmed by one request first. The static file is the baseline measured in the same run.

${httpTable(args.results, args.baseline)}

Aim: at least half the static file's requests/s and p99 ≤ 100 ms.
Home page: ${ratio(home)} × static, p99 ${home.p99} ms. Strategy page: ${ratio(strategy)} × static, p99 ${strategy.p99} ms.

SQL statements per public page on a cold cache are counted at the pg driver and held to ≤ 3 by
\`tests/integration/public-queries.test.ts\` (part of \`npm test\`).

${args.dashboard}
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
