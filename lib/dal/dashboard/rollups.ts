import "server-only";
import type { IsoDate } from "@/lib/domain";
import { queryRollups, type RollupPoint } from "@/lib/dal/status";
import { dashboardActor } from "./access";

export type DashboardRollups = { plan: RollupPoint | null; strategies: RollupPoint[]; taskAreas: RollupPoint[] };

/**
 * The roll-ups a dashboard shows on `asOf`: the plan and its strategies (no `strategyId`), one
 * strategy and its task areas, or one task area (`taskAreaId`). One statement.
 */
export async function getDashboardRollups(args: { planId: number; asOf: IsoDate; strategyId?: number; taskAreaId?: number }): Promise<DashboardRollups | null> {
  if (!(await dashboardActor())) return null;
  const levels = args.taskAreaId !== undefined ? (["taskArea"] as const) : args.strategyId === undefined ? (["plan", "strategy"] as const) : (["strategy", "taskArea"] as const);
  const ids = args.taskAreaId !== undefined ? [args.taskAreaId] : undefined;
  const rows = await queryRollups({ planId: args.planId, dates: [args.asOf], strategyId: args.strategyId, levels: [...levels], ids });
  return {
    plan: rows.find((r) => r.level === "plan") ?? null,
    strategies: rows.filter((r) => r.level === "strategy"),
    taskAreas: rows.filter((r) => r.level === "taskArea"),
  };
}
