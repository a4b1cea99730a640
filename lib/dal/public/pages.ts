import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import { queryRollups } from "@/lib/dal/status";
import { getHeadlines } from "./headline";
import { getPublicMeasureRows } from "./measure-list";
import { getPublicMeasure } from "./measure";
import { getPublicPlan, getPublishedPlans } from "./plan";
import { getPublishedSummary } from "./published";
import { getIndicatorRecords, getMeasureRecords, getProgressRecords } from "./open-data";

// What each public page reads, in one place per page: the pages call these, and
// tests/integration/public-queries.test.ts counts the SQL statements each one costs (≤ 3).
//
// The cache sits here, on whole pages, and not on the queries below them: Next.js registers
// every 'use cache' function as a server function that anyone can POST to with arguments of
// their choosing (issue 12, item 13: roll-ups for any plan id and any date). So a cached
// function takes nothing the public pages do not: no plan id, no date — those come from the
// public plan — only codes: of a published plan (absent: the current plan), and of a strategy or
// measure of that plan. Every cached
// function is listed in tests/integration/cached-functions.test.ts with the hostile calls it
// must withstand.

/**
 * A published plan (absent: the current one), its strategies' and the whole plan's roll-ups, and
 * the headline numbers. The links between plans are getPublishedPlans' (cached on their own).
 */
export async function loadHomePage(planCode?: string) {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan(planCode);
  if (!plan) return null;
  const [rollups, headlines] = await Promise.all([
    queryRollups({ planId: plan.id, dates: [plan.asOf], levels: ["plan", "strategy"] }),
    getHeadlines(plan.id, plan.asOf),
  ]);
  const overall = rollups.find((r) => r.level === "plan") ?? null;
  const strategies = rollups.filter((r) => r.level === "strategy");
  return { plan, overall, strategies, headlines };
}

/** One strategy of a published plan, by its code ("A"), with its task areas and measures. */
export async function loadStrategyPage(code: string, planCode?: string) {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan(planCode);
  const strategy = typeof code === "string" ? plan?.strategies.find((s) => s.code === code) : undefined;
  if (!plan || !strategy) return null;
  const [rows, areas] = await Promise.all([
    getPublicMeasureRows(plan, strategy.id),
    queryRollups({ planId: plan.id, dates: [plan.asOf], levels: ["taskArea"], strategyId: strategy.id }),
  ]);
  return { plan, strategy, rows, areas };
}

/** Every measure and project of a published plan (the search page filters them in memory). */
export async function loadSearchPage(planCode?: string) {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan(planCode);
  if (!plan) return null;
  return { plan, rows: await getPublicMeasureRows(plan) };
}

export const loadMeasurePage = getPublicMeasure;

/** The open-data page: when the data last changed, whether it holds demo data, and each dataset's rows. */
export async function loadOpenDataPage() {
  // The downloads' own rows (cached): the counts are those of the files, whatever they hold.
  const [published, measures, indicators, progress, plans] = await Promise.all([
    getPublishedSummary(), getMeasureRecords(), getIndicatorRecords(), getProgressRecords(), getPublishedPlans(),
  ]);
  return { ...published, plans, counts: { measures: measures.length, indicators: indicators.length, progress: progress.length } };
}
