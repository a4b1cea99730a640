// `npx tsx lib/bench/dashboard-section.ts`: measures the leadership dashboards only (as
// `npm run bench` does) and replaces that section of docs/benchmarks.md; the rest is kept.
import { readFileSync, writeFileSync } from "node:fs";
import { runDashboardBench } from "./dashboard-bench";

async function main() {
  const section = await runDashboardBench();
  const doc = readFileSync("docs/benchmarks.md", "utf8");
  const start = doc.indexOf("## Leadership dashboards");
  writeFileSync("docs/benchmarks.md", `${start < 0 ? doc : doc.slice(0, start)}${section}\n`);
  console.log(section);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
