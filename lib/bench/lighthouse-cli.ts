// `npm run bench:lighthouse [base]`: the Lighthouse part of `npm run bench` (lib/bench/lighthouse.ts)
// against a server that is already running (default http://127.0.0.1:3000, e.g. `npm start` or a
// `next start` on a seeded PostgreSQL); rewrites only that section of docs/benchmarks.md.
import { readFileSync, writeFileSync } from "node:fs";
import { LIGHTHOUSE_HEADING, LIGHTHOUSE_PAGES, lighthouseSection, runLighthouse } from "./lighthouse";

const DOC = "docs/benchmarks.md";
const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");

// A public page renders on its first request and is cached: the measured visits are a phone's, not the server's first.
for (const page of LIGHTHOUSE_PAGES) {
  const response = await fetch(`${base}${page.path}`);
  if (!response.ok) throw new Error(`${base}${page.path} answered ${response.status}`);
}
const section = lighthouseSection(runLighthouse(base));
const doc = readFileSync(DOC, "utf8");
const start = doc.indexOf(LIGHTHOUSE_HEADING);
if (start < 0) throw new Error(`${DOC} has no section "${LIGHTHOUSE_HEADING}"`);
const end = doc.indexOf("\n## ", start + LIGHTHOUSE_HEADING.length);
writeFileSync(DOC, doc.slice(0, start) + section + (end < 0 ? "" : doc.slice(end)));
console.log(section);
