import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { dashboardActor } from "./access";

export type DashboardPlan = {
  id: number;
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  /** Generated demo reports are among the approved ones: the pages must say so. */
  hasDemoData: boolean;
  strategies: { id: number; code: string; name: string; weight: number; taskAreas: { id: number; code: string; name: string; weight: number }[] }[];
};

/**
 * The plan the dashboards show (the current one, lib/dal/current-plan.ts), with its strategies and task areas, in one
 * statement; null for anyone but leaders and admins.
 */
export const getDashboardPlan = cache(async (): Promise<DashboardPlan | null> => {
  if (!(await dashboardActor())) return null;
  const [plan] = await getDb().$queryRaw<DashboardPlan[]>`
    SELECT p.id, p.code, p.name, to_char(p."startDate", 'YYYY-MM-DD') AS "startDate", to_char(p."endDate", 'YYYY-MM-DD') AS "endDate",
           EXISTS (SELECT 1 FROM "progress_report" r JOIN "measure" m ON m.id = r."measureId" JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" s ON s.id = ta."strategyId"
                   WHERE r."isDemo" AND r."reviewState" = 'APPROVED' AND s."planId" = p.id) AS "hasDemoData",
           coalesce((
             SELECT json_agg(json_build_object(
                      'id', s.id, 'code', s.code, 'name', s.name, 'weight', s.weight::float8,
                      'taskAreas', (SELECT coalesce(json_agg(json_build_object('id', ta.id, 'code', ta.code, 'name', ta.name, 'weight', ta.weight::float8) ORDER BY ta."order"), '[]')
                                    FROM "task_area" ta WHERE ta."strategyId" = s.id)
                    ) ORDER BY s."order")
             FROM "strategy" s WHERE s."planId" = p.id
           ), '[]') AS strategies
    FROM "plan" p
    WHERE p."state" = 'CURRENT'`;
  return plan ?? null;
});
