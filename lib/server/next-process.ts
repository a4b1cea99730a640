// Starts `next start` (the standard Next.js production server) as a child process: `npm start`,
// `npm run cluster`, the e2e runner and the benchmark all serve the app this way.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

type Env = Record<string, string | undefined>;
export type NextProcessOptions = { port: number | string; hostname?: string; env?: Env; stdio?: StdioOptions };

export function spawnNext({ port, hostname = "127.0.0.1", env = {}, stdio = "inherit" }: NextProcessOptions): ChildProcess {
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  return spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", hostname], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio,
  });
}

export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1))));
}

/** SIGTERM, then SIGKILL when the process has not ended within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited(child);
  clearTimeout(timer);
}

/** Waits until GET url answers 200 (the process is serving), or throws after `timeoutMs`. */
export async function waitForOk(url: string, { child, timeoutMs = 60_000 }: { child?: ChildProcess; timeoutMs?: number } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`进程已退出（代码 ${child.exitCode}）：${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`等待超时：${url}`);
}
