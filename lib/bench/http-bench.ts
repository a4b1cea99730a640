// `npm run bench`, public pages: the home page and a strategy page against a static file of the
// same server, each for a fixed time at 64 connections with autocannon, from this process
// while the server (lib/server/serve.ts) runs in its own. Ratios, not raw numbers, are what compare across machines.
import autocannon from "autocannon";

export type HttpResult = { name: string; path: string; requestsPerSec: number; p50: number; p99: number; errors: number; non2xx: number };

export async function measure(baseUrl: string, name: string, path: string, seconds: number): Promise<HttpResult> {
  const result = await autocannon({ url: `${baseUrl}${path}`, connections: 64, duration: seconds, headers: { "accept-encoding": "gzip" } });
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
