import "server-only";
import { fractionElapsed, type IsoDate, type Status } from "@/lib/domain";
import { queryRollups, type RollupLevel } from "@/lib/dal/status";
import { dashboardActor } from "./access";
import { trendDays } from "./as-of";

export type TrendPoint = { asOf: IsoDate; progress: number; elapsed: number; status: Status; counts: Record<Status, number> };

/**
 * The roll-up of the plan, a strategy or a task area at each quarter-end before `asOf`, with the
 * share of the plan's time elapsed. Read from the snapshot: one statement. The point of `asOf`
 * itself is the page's own roll-up (withCurrentPoint), not judged a second time.
 */
export async function getTrend(args: {
  plan: { id: number; startDate: IsoDate; endDate: IsoDate };
  asOf: IsoDate;
  level: RollupLevel;
  id: number;
  strategyId?: number;
}): Promise<TrendPoint[] | null> {
  if (!(await dashboardActor())) return null;
  const { plan, asOf, level, id } = args;
  const dates = trendDays(plan.startDate, asOf).filter((d) => d < asOf);
  const rows = await queryRollups({ planId: plan.id, dates, strategyId: level === "plan" ? undefined : args.strategyId, levels: [level], ids: [id] });
  return rows.map((r) => ({ asOf: r.asOf, progress: r.progress, elapsed: fractionElapsed(plan.startDate, plan.endDate, r.asOf), status: r.status, counts: r.counts }));
}

/** The trend with the as-of day's point from the page's roll-up of that day. */
export function withCurrentPoint(
  points: TrendPoint[],
  current: { progress: number; status: Status; counts: Record<Status, number> },
  plan: { startDate: IsoDate; endDate: IsoDate },
  asOf: IsoDate,
): TrendPoint[] {
  return [...points, { asOf, progress: current.progress, elapsed: fractionElapsed(plan.startDate, plan.endDate, asOf), status: current.status, counts: current.counts }];
}
