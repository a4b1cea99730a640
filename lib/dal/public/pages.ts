import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import { queryRollups } from "@/lib/dal/status";
import { getHeadlines } from "./headline";
import { getPublicMeasureRows } from "./measure-list";
import { getPublicMeasure } from "./measure";
import { getPublicPlan } from "./plan";
import { getPublishedSummary } from "./published";
import { getIndicatorRecords, getMeasureRecords, getProgressRecords } from "./open-data";

// What each public page reads, in one place per page: the pages call these, and
// tests/integration/public-queries.test.ts counts the SQL statements each one costs (≤ 3).
//
// The cache sits here, on whole pages, and not on the queries below them: Next.js registers
// every 'use cache' function as a server function that anyone can POST to with arguments of
// their choosing (issue 12, item 13: roll-ups for any plan id and any date). So a cached
// function takes nothing the public pages do not: no plan id, no date — those come from the
// public plan — only a code, which must name a strategy or measure of that plan. Every cached
// function is listed in tests/integration/cached-functions.test.ts with the hostile calls it
// must withstand.

/** The plan, its strategies' and the whole plan's roll-ups, and the headline numbers. */
export async function loadHomePage() {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan();
  if (!plan) return null;
  const [rollups, headlines] = await Promise.all([
    queryRollups({ planId: plan.id, dates: [plan.asOf], levels: ["plan", "strategy"] }),
    getHeadlines(plan.id, plan.asOf),
  ]);
  const overall = rollups.find((r) => r.level === "plan") ?? null;
  const strategies = rollups.filter((r) => r.level === "strategy");
  return { plan, overall, strategies, headlines };
}

/** One strategy of the public plan, by its code ("A"), with its task areas and measures. */
export async function loadStrategyPage(code: string) {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan();
  const strategy = typeof code === "string" ? plan?.strategies.find((s) => s.code === code) : undefined;
  if (!plan || !strategy) return null;
  const [rows, areas] = await Promise.all([
    getPublicMeasureRows(plan, strategy.id),
    queryRollups({ planId: plan.id, dates: [plan.asOf], levels: ["taskArea"], strategyId: strategy.id }),
  ]);
  return { plan, strategy, rows, areas };
}

/** Every measure and project of the public plan (the search page filters them in memory). */
export async function loadSearchPage() {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan();
  if (!plan) return null;
  return { plan, rows: await getPublicMeasureRows(plan) };
}

export const loadMeasurePage = getPublicMeasure;

/** The open-data page: when the data last changed, whether it holds demo data, and each dataset's rows. */
export async function loadOpenDataPage() {
  // The downloads' own rows (cached): the counts are those of the files, whatever they hold.
  const [published, measures, indicators, progress] = await Promise.all([getPublishedSummary(), getMeasureRecords(), getIndicatorRecords(), getProgressRecords()]);
  return { ...published, counts: { measures: measures.length, indicators: indicators.length, progress: progress.length } };
}
