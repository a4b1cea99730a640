import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getIndicatorRecords, getMeasureRecords, getProgressRecords } from "@/lib/dal/public/open-data";
import { getPublicMeasure } from "@/lib/dal/public/measure";
import { loadHomePage, loadSearchPage, loadStrategyPage } from "@/lib/dal/public/pages";
import { getPublicPlan, getPublishedPlans } from "@/lib/dal/public/plan";
import { getPublishedSummary } from "@/lib/dal/public/published";

// Issue 12, item 13: Next.js registers every 'use cache' function as a server function that
// anyone can POST to, with any arguments (the old getPublicRollups gave roll-ups for any plan id
// and any date). Each cached function is listed here with the calls an attacker could make; each
// must answer exactly what a public page shows, or nothing.

type AnyCall = (...args: unknown[]) => Promise<unknown>;
const hostile = [999_999, -1, "1999-01-01", "junk", { planId: 999_999, asOf: "2019-06-30", levels: ["plan"] }, ["A"], null];

// The last argument of most is a published plan's code (issue 15: /plans/<code>/…); the pages of
// the current plan leave it out (undefined), and a code that names no published plan is nothing.
const U = undefined;
const badPlans = [["junk"], [999_999], [{ code: "liushi" }], [["x"]], [null], ["x".repeat(40)]];
const plan = (before: unknown[]) => badPlans.map((p) => [...before, ...p]);
const CACHED: Record<string, { fn: AnyCall; page: unknown[]; refused: unknown[][] }> = {
  getPublicPlan: { fn: getPublicPlan as AnyCall, page: [U], refused: plan([]) },
  getPublishedPlans: { fn: getPublishedPlans as AnyCall, page: [], refused: [] },
  getPublishedSummary: { fn: getPublishedSummary as AnyCall, page: [], refused: [] },
  loadHomePage: { fn: loadHomePage as AnyCall, page: [U], refused: plan([]) },
  loadSearchPage: { fn: loadSearchPage as AnyCall, page: [U], refused: plan([]) },
  loadStrategyPage: { fn: loadStrategyPage as AnyCall, page: ["A", U], refused: [["Z"], [{ code: "A" }], [["A"]], [null], [999_999], ["A1"], ...plan(["A"])] },
  getPublicMeasure: {
    fn: getPublicMeasure as AnyCall, page: ["A1-02", U],
    refused: [["nope"], [{ code: "A1-02" }], [["A1-02"]], [null], ["A1-02".repeat(20)], [{ contains: "A" }], ...plan(["A1-02"])],
  },
  getMeasureRecords: { fn: getMeasureRecords as AnyCall, page: [U], refused: [] },
  getIndicatorRecords: { fn: getIndicatorRecords as AnyCall, page: [U], refused: [] },
  getProgressRecords: { fn: getProgressRecords as AnyCall, page: [U], refused: [] },
};

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path.join(dir, e.name)] : [])),
  );
  return nested.flat();
}

describe("'use cache' functions, callable by anyone", () => {
  it("are exactly the ones listed here: none takes a plan id or a date", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const files = (await Promise.all(["app", "lib", "components"].map((d) => sourceFiles(path.join(root, d))))).flat();
    const found: string[] = [];
    for (const file of files) {
      const text = await readFile(file, "utf8");
      const directives = text.match(/^\s*["']use cache(: \w+)?["'];?\s*$/gm) ?? [];
      const named = [...text.matchAll(/export async function (\w+)\([^)]*\)[^{]*\{\s*["']use cache/g)].map((m) => m[1]);
      // A directive outside a named exported function (a file-level or inline one) is not allowed.
      expect(directives.length, `${path.relative(root, file)}: every 'use cache' opens a listed exported function`).toBe(named.length);
      found.push(...named);
    }
    expect(found.sort()).toEqual(Object.keys(CACHED).sort());
  });

  it.each(Object.entries(CACHED))("%s answers hostile arguments with the page's own data or with nothing", async (_name, { fn, page, refused }) => {
    const own = await fn(...page);
    expect(own).not.toBeNull();
    // Extra arguments (another plan id, a junk or past date, objects) change nothing.
    for (const extra of hostile) expect(await fn(...page, extra)).toEqual(own);
    // Arguments that name nothing of the public plan return nothing.
    for (const args of refused) expect(await fn(...args), JSON.stringify(args)).toBeNull();
  });
});
