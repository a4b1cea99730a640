import { afterAll, describe, expect, it } from "vitest";
import { loadHomePage, loadMeasurePage, loadSearchPage, loadStrategyPage } from "@/lib/dal/public/pages";
import { createPrismaClient } from "@/lib/prisma-client";
import { countQueries } from "../support/query-counter";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

// Issue 3: at most 3 SQL statements per public page, counted on a cold cache.
describe("SQL statements per public page", () => {
  it.each<[string, () => Promise<unknown>]>([
    ["home", () => loadHomePage()],
    ["strategy A", () => loadStrategyPage("A")],
    ["strategy C", () => loadStrategyPage("C")],
    ["search", () => loadSearchPage()],
    ["measure A1-02", () => loadMeasurePage("A1-02")],
    ["project A1-01-P01", () => loadMeasurePage("A1-01-P01")],
  ])("%s", async (_page, load) => {
    const { result, queries, statements } = await countQueries(load);
    expect(result).not.toBeNull();
    expect(queries, statements.join("\n---\n")).toBeLessThanOrEqual(3);
    expect(queries).toBeGreaterThan(0);
  });
});

// One status engine: a measure's own page shows the status, progress and reason of its row in
// the strategy page's list (both come from the SQL engine, not from two implementations).
describe("the measure page and the lists agree", () => {
  it("for every measure and project of the plan", async () => {
    const search = await loadSearchPage();
    expect(search?.rows.length).toBeGreaterThan(90);
    for (const row of search?.rows ?? []) {
      const page = await loadMeasurePage(row.code);
      expect(page && { code: page.code, status: page.status, progress: page.progress, reason: page.reason }).toEqual({
        code: row.code, status: row.status, progress: row.progress, reason: row.reason,
      });
      for (const indicator of page?.indicators ?? []) expect(indicator.reason, `${row.code} ${indicator.code}`).not.toBe("");
    }
  });
});
