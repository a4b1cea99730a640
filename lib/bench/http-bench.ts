// `npm run bench`, public pages: each target for a fixed time with autocannon, from this process
// while nginx and the app processes run in their own. Ratios to a static file measured in the
// same run, not raw numbers, are what compare across machines.
import autocannon from "autocannon";

export type HttpResult = { name: string; path: string; requestsPerSec: number; p50: number; p99: number; errors: number; non2xx: number };

export async function measure(baseUrl: string, name: string, path: string, seconds: number, connections = 64): Promise<HttpResult> {
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
