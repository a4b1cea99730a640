// Part of `npm run bench`, and `npm run bench:lighthouse` alone against a running server: Lighthouse
// 12 (mobile, simulated 4G and a slow CPU) on the public home, strategy and measure pages, first
// visit (cold browser cache). The exact command, per page and run:
//   CHROME_PATH=/usr/bin/chromium npx -y lighthouse@12.2.3 URL --chrome-flags="--headless --no-sandbox" \
//     --form-factor=mobile --only-categories=performance --output=json --output-path=FILE
// Lighthouse 12.2.3 runs on Node 20 (13 wants 22); it is run with npx rather than kept in the
// lockfile (../shared/STACK.md). Its simulated figures scale what it observes on this machine, so
// the total blocking time follows the machine's load: each page is measured BENCH_LIGHTHOUSE_RUNS
// times (3 by default, in rounds over the pages) and the medians are reported with the load
// average. The byte counts are exact. BENCH_SKIP_LIGHTHOUSE=1 leaves it out of `npm run bench`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The section of docs/benchmarks.md these figures fill. */
export const LIGHTHOUSE_HEADING = "## A first visit on a phone";

export const LIGHTHOUSE_PAGES = [
  { name: "home", path: "/" },
  { name: "strategy A", path: "/strategies/A" },
  { name: "measure A1-02", path: "/measures/A1-02" },
];

type Run = { score: number; lcpMs: number; tbtMs: number; transferKb: number };
export type LighthouseResult = { name: string; path: string; scores: number[] } & Run;
export type LighthouseRuns = { results: LighthouseResult[]; runs: number; load: { before: string; after: string } };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const loadAverage = () => os.loadavg().map((x) => x.toFixed(1)).join(" / ");

function runOnce(url: string, out: string): Run {
  const r = spawnSync(
    "npx",
    ["-y", "lighthouse@12.2.3", url, "--chrome-flags=--headless --no-sandbox", "--form-factor=mobile",
      "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"], timeout: 300_000 },
  );
  if (r.status !== 0) throw new Error(`lighthouse exited with ${r.status} on ${url}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  const audit = (id: string) => report.audits[id].numericValue as number;
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    tbtMs: Math.round(audit("total-blocking-time")),
    transferKb: Math.round(audit("total-byte-weight") / 1024),
  };
}

export function runLighthouse(base: string, runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)): LighthouseRuns {
  const dir = mkdtempSync(path.join(os.tmpdir(), "liushi-lighthouse-"));
  const before = loadAverage();
  try {
    const byPage: Run[][] = LIGHTHOUSE_PAGES.map(() => []);
    for (let round = 0; round < runs; round++) {
      LIGHTHOUSE_PAGES.forEach((page, i) => byPage[i].push(runOnce(`${base}${page.path}`, path.join(dir, `${round}-${i}.json`))));
    }
    const results = LIGHTHOUSE_PAGES.map((page, i) => {
      const all = byPage[i];
      const of = (k: keyof Run) => median(all.map((r) => r[k]));
      return { ...page, scores: all.map((r) => r.score), score: of("score"), lcpMs: of("lcpMs"), tbtMs: of("tbtMs"), transferKb: of("transferKb") };
    });
    return { results, runs, load: { before, after: loadAverage() } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function lighthouseSection({ results, runs, load }: LighthouseRuns): string {
  const rows = results.map((r) => `| ${r.name} | \`${r.path}\` | ${r.transferKb} | ${r.score} (${r.scores.join(", ")}) | ${(r.lcpMs / 1000).toFixed(1)} | ${r.tbtMs} |`);
  const ok = (f: (r: LighthouseResult) => boolean) => (results.every(f) ? "met" : "**missed**");
  return `${LIGHTHOUSE_HEADING} (issue 14)

Lighthouse 12.2.3, mobile (simulated 4G, 4× slower CPU), performance only, against one \`next start\`
process; each page ${runs} times, the medians shown (each run's score in brackets). Lighthouse scales
the main-thread work it observes on this machine, so the total blocking time follows the machine's
load: the load average (1 / 5 / 15 min, ${os.cpus().length} cores) was ${load.before} before and ${load.after} after.
\`lib/bench/lighthouse.ts\` has the exact command; \`npm run bench:lighthouse\` measures a running server.

| page | path | transfer KB | performance | LCP s | total blocking time ms |
|---|---|---:|---:|---:|---:|
${rows.join("\n")}

- First-visit transfer ≤ 250 KB: ${ok((r) => r.transferKb <= 250)}.
- Performance ≥ 90: ${ok((r) => r.score >= 90)}. LCP ≤ 2.5 s: ${ok((r) => r.lcpMs <= 2500)}.
`;
}
