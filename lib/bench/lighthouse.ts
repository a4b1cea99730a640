// Part of `npm run bench`: Lighthouse 12 (mobile, simulated 4G and a slow CPU) on the public home,
// strategy and measure pages, first visit (cold browser cache). The exact command, per page:
//   CHROME_PATH=/usr/bin/chromium npx -y lighthouse@12.2.3 URL --chrome-flags="--headless --no-sandbox" \
//     --form-factor=mobile --only-categories=performance --output=json --output-path=FILE
// Lighthouse 12.2.3 runs on Node 20 (13 wants 22); it is run with npx rather than kept in the
// lockfile (../shared/STACK.md). Its simulated figures compare pages within one run; the byte
// counts are exact. BENCH_SKIP_LIGHTHOUSE=1 leaves it out.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const LIGHTHOUSE_PAGES = [
  { name: "home", path: "/" },
  { name: "strategy A", path: "/strategies/A" },
  { name: "measure A1-02", path: "/measures/A1-02" },
];

export type LighthouseResult = { name: string; path: string; score: number; lcpMs: number; tbtMs: number; transferKb: number };

export function runLighthouse(base: string): LighthouseResult[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "liushi-lighthouse-"));
  try {
    return LIGHTHOUSE_PAGES.map((page, i) => {
      const out = path.join(dir, `${i}.json`);
      const r = spawnSync(
        "npx",
        ["-y", "lighthouse@12.2.3", `${base}${page.path}`, "--chrome-flags=--headless --no-sandbox", "--form-factor=mobile",
          "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet"],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"], timeout: 300_000 },
      );
      if (r.status !== 0) throw new Error(`lighthouse exited with ${r.status} on ${page.path}`);
      const report = JSON.parse(readFileSync(out, "utf8"));
      const audit = (id: string) => report.audits[id].numericValue as number;
      return {
        ...page,
        score: Math.round(report.categories.performance.score * 100),
        lcpMs: Math.round(audit("largest-contentful-paint")),
        tbtMs: Math.round(audit("total-blocking-time")),
        transferKb: Math.round(audit("total-byte-weight") / 1024),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function lighthouseSection(results: LighthouseResult[]): string {
  const rows = results.map((r) => `| ${r.name} | \`${r.path}\` | ${r.transferKb} | ${r.score} | ${(r.lcpMs / 1000).toFixed(1)} | ${r.tbtMs} |`);
  const ok = (f: (r: LighthouseResult) => boolean) => (results.every(f) ? "met" : "**missed**");
  return `## A first visit on a phone (issue 14)

Lighthouse 12.2.3, mobile (simulated 4G, 4× slower CPU), performance only, one run per page against
one \`next start\` process, on the same machine as everything else above (\`lib/bench/lighthouse.ts\`
has the exact command).

| page | path | transfer KB | performance | LCP s | total blocking time ms |
|---|---|---:|---:|---:|---:|
${rows.join("\n")}

- First-visit transfer ≤ 250 KB: ${ok((r) => r.transferKb <= 250)}.
- Performance ≥ 90: ${ok((r) => r.score >= 90)}. LCP ≤ 2.5 s: ${ok((r) => r.lcpMs <= 2500)}.
`;
}
