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
