// The server Playwright tests against: a fresh seeded database (PostgreSQL when DATABASE_URL
// is set, else in-memory PGlite) and the production build under `next start`.
import { spawn } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "../support/test-database";

const port = process.env.E2E_PORT ?? "3100";
const db = await createTestDatabase();
console.log(`[e2e] ${db.kind} test database ready`);
const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // The embedded PGlite takes one connection at a time (see lib/server/start.ts).
    ...(db.kind === "pglite" && { DATABASE_POOL_SIZE: "1" }),
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await db.drop().catch((error) => console.error("[e2e] could not drop the test database", error));
  process.exit(code);
}
server.once("exit", (code) => void stop(code ?? 1));
process.once("SIGTERM", () => void stop(0));
process.once("SIGINT", () => void stop(0));
