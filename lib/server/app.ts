// Building and serving the app, one way for every caller.
//
// `next build` reads the database: the public pages are prerendered from it, one per language,
// strategy and measure (docs/decisions/005-prerendered-public-pages.md). Every caller (npm start,
// the e2e and bench runners, `npm run build`) therefore builds against the database it will
// serve. The build runs in a child process so that an embedded PGlite in this process keeps
// answering meanwhile.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

type Env = Record<string, string | undefined>;
export type BuildOptions = { embedded?: boolean; env?: Env };

/** Environment for processes using an embedded PGlite: its socket serves one connection at a time. */
export function embeddedEnv(embedded: boolean): Env {
  return embedded ? { DATABASE_POOL_SIZE: "1", NEXT_BUILD_CPUS: "1" } : {};
}

export async function buildApp(databaseUrl: string, { embedded = false, env = {} }: BuildOptions = {}): Promise<void> {
  const child = spawn(process.execPath, [nextBin, "build"], {
    env: { ...process.env, ...env, ...embeddedEnv(embedded), DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  const code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build exited with ${code}`);
}

export type ServeOptions = { port: number | string; hostname?: string; env?: Env; stdio?: StdioOptions };

/** Starts lib/server/serve.ts (Next.js behind the public response cache) in a child process. */
export function spawnServer({ port, hostname = "127.0.0.1", env = {}, stdio = "inherit" }: ServeOptions): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.resolve("lib/server/serve.ts"), "--port", String(port), "--hostname", hostname], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio,
  });
}
