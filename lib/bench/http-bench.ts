// `npm run bench`, public pages: each target for a fixed time, from a load generator beside
// nginx and the app processes. wrk (Debian's package, written in C) when it is installed, else
// autocannon (one Node.js thread, which costs several times more per request than nginx and so
// caps what nginx can be shown to do). Ratios to a static file measured in the same run, not raw
// numbers, are what compare across machines.
import { spawn, spawnSync } from "node:child_process";
import autocannon from "autocannon";

export type HttpResult = { name: string; path: string; requestsPerSec: number; p50: number; p99: number; errors: number; non2xx: number };

/** The load generator the run uses: "wrk" when on the PATH (BENCH_CLIENT=autocannon forces the other). */
export const CLIENT: "wrk" | "autocannon" =
  process.env.BENCH_CLIENT === "autocannon" || spawnSync("wrk", ["--version"]).error ? "autocannon" : "wrk";

export async function measure(baseUrl: string, name: string, path: string, seconds: number, connections = 64): Promise<HttpResult> {
  if (CLIENT === "wrk") return { name, path, ...(await runWrk(`${baseUrl}${path}`, seconds, connections)) };
  const result = await autocannon({ url: `${baseUrl}${path}`, connections, duration: seconds, headers: { "accept-encoding": "gzip" } });
  return {
    name,
    path,
    requestsPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Milliseconds from wrk's "3.12ms", "850.00us", "1.20s". */
function wrkMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`wrk: unreadable time ${text}`);
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as "us" | "ms" | "s" | "m"];
}

/** wrk with two threads (one per core here), its latency distribution and error counts. */
export function parseWrk(out: string): Omit<HttpResult, "name" | "path"> {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const p50 = /^\s+50%\s+(\S+)/m.exec(out);
  const p99 = /^\s+99%\s+(\S+)/m.exec(out);
  if (!rps || !p50 || !p99) throw new Error(`wrk: unreadable output\n${out}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = socket ? socket.slice(1).reduce((a, x) => a + Number(x), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return { requestsPerSec: Number(rps[1]), p50: Math.round(wrkMs(p50[1])), p99: Math.round(wrkMs(p99[1])), errors, non2xx };
}

function runWrk(url: string, seconds: number, connections: number): Promise<Omit<HttpResult, "name" | "path">> {
  const args = ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", "-H", "Accept-Encoding: gzip", url];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`wrk exited with ${code}`));
      try {
        resolve(parseWrk(out));
      } catch (error) {
        reject(error);
      }
    });
  });
}

export function httpTable(results: HttpResult[], baseline: HttpResult): string {
  const lines = [
    "| target | path | requests/s | ratio to static | p50 ms | p99 ms | errors / non-2xx |",
    "|---|---|---:|---:|---:|---:|---:|",
  ];
  for (const r of results) {
    lines.push(`| ${r.name} | \`${r.path}\` | ${r.requestsPerSec.toFixed(0)} | ${(r.requestsPerSec / baseline.requestsPerSec).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.errors} / ${r.non2xx} |`);
  }
  return lines.join("\n");
}
