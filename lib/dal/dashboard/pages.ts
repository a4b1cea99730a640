import "server-only";
import type { IsoDate } from "@/lib/domain";
import type { DashboardPlan } from "./plan";
import { getDashboardRollups } from "./rollups";
import { getTrend, withCurrentPoint } from "./trend";
import { getMeasureLists, getTaskAreaMeasures } from "./lists";

// What each dashboard page reads, in one place per page: the pages call these, the integration
// tests count their SQL statements and the benchmark times the pages. Each read checks the role.

type Strategy = DashboardPlan["strategies"][number];

/** The plan overview: plan and strategy roll-ups, trend, lagging list, deadlines, departments. */
export async function loadOverview(plan: DashboardPlan, asOf: IsoDate) {
  const [trend, judged] = await Promise.all([
    getTrend({ plan, asOf, level: "plan", id: plan.id }),
    getMeasureLists({ planId: plan.id, asOf, scope: {}, rollups: { levels: ["plan", "strategy"] } }),
  ]);
  if (!trend || !judged) return null;
  const { rollups: points, ...lists } = judged;
  const rollups = { plan: points.find((r) => r.level === "plan"), strategies: points.filter((r) => r.level === "strategy") };
  if (!rollups.plan) return null;
  return { rollups: { ...rollups, plan: rollups.plan }, trend: withCurrentPoint(trend, rollups.plan, plan, asOf), ...lists };
}

/** One strategy: its roll-up and its task areas', trend, lagging list, deadlines, departments. */
export async function loadStrategy(plan: DashboardPlan, strategy: Strategy, asOf: IsoDate) {
  const [trend, judged] = await Promise.all([
    getTrend({ plan, asOf, level: "strategy", id: strategy.id, strategyId: strategy.id }),
    getMeasureLists({ planId: plan.id, asOf, scope: { strategyId: strategy.id }, rollups: { strategyId: strategy.id, levels: ["strategy", "taskArea"] } }),
  ]);
  if (!trend || !judged) return null;
  const { rollups: points, ...lists } = judged;
  const self = points.find((r) => r.level === "strategy");
  if (!self) return null;
  return { self, taskAreas: points.filter((r) => r.level === "taskArea"), trend: withCurrentPoint(trend, self, plan, asOf), ...lists };
}

/** One task area: its roll-up, trend and every measure and project. */
export async function loadTaskArea(plan: DashboardPlan, strategy: Strategy, taskArea: Strategy["taskAreas"][number], asOf: IsoDate) {
  const [rollups, trend, measures] = await Promise.all([
    getDashboardRollups({ planId: plan.id, asOf, strategyId: strategy.id, taskAreaId: taskArea.id }),
    getTrend({ plan, asOf, level: "taskArea", id: taskArea.id, strategyId: strategy.id }),
    getTaskAreaMeasures({ planId: plan.id, asOf, taskAreaId: taskArea.id }),
  ]);
  const self = rollups?.taskAreas.find((t) => t.id === taskArea.id);
  if (!self || !trend || !measures) return null;
  return { self, trend: withCurrentPoint(trend, self, plan, asOf), measures };
}

export { getMeasureDrilldown as loadMeasure } from "./measure";
