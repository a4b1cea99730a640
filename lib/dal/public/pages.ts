import "server-only";
import { getPublicRollups } from "./rollups";
import { getPublicPlan } from "./plan";
import { getHeadlines } from "./headline";
import { getPublicMeasureRows } from "./measure-list";
import { getPublicMeasure } from "./measure";
import { getPublishedSummary } from "./published";
import { getIndicatorRecords, getMeasureRecords, getProgressRecords } from "./open-data";

// What each public page reads, in one place per page: the pages call these, and
// tests/integration/public-queries.test.ts counts the SQL statements each one costs (≤ 3).

export async function loadHomePage() {
  const plan = await getPublicPlan();
  if (!plan) return null;
  const [rollups, headlines] = await Promise.all([
    getPublicRollups({ planId: plan.id, asOf: plan.asOf, levels: ["plan", "strategy"] }),
    getHeadlines(plan.id, plan.asOf),
  ]);
  const overall = rollups.find((r) => r.level === "plan") ?? null;
  const strategies = rollups.filter((r) => r.level === "strategy");
  return { plan, overall, strategies, headlines };
}

export async function loadStrategyPage(code: string) {
  const plan = await getPublicPlan();
  const strategy = plan?.strategies.find((s) => s.code === code);
  if (!plan || !strategy) return null;
  const [rows, areas] = await Promise.all([
    getPublicMeasureRows(plan, strategy.id),
    getPublicRollups({ planId: plan.id, asOf: plan.asOf, levels: ["taskArea"], strategyId: strategy.id }),
  ]);
  return { plan, strategy, rows, areas };
}

export async function loadSearchPage() {
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
