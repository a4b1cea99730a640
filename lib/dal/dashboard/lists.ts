import "server-only";
import type { IsoDate } from "@/lib/domain";
import { getDb } from "@/lib/db";
import { measureSelect, queryMeasurePage, toMeasureRow, type MeasureScope, type MeasureStatusDetail, type RawMeasureRow } from "@/lib/dal/status/measures";
import { dashboardActor } from "./access";

type Args = { planId: number; asOf: IsoDate; scope: MeasureScope };
export type MeasureList = { rows: MeasureStatusDetail[]; total: number };

/** How many rows a list shows; the task-area page lists all of its measures. */
export const LIST_LIMIT = 50;

export type MeasureLists = { lagging: MeasureList; upcoming: MeasureList; departments: DepartmentRow[] };

type ListsRow = {
  lagging: RawMeasureRow[]; laggingTotal: number; upcoming: RawMeasureRow[]; upcomingTotal: number;
  departments: Omit<DepartmentRow, "onTimeRate">[];
};

/**
 * The lists of a dashboard, from one reading of the measure rows (one statement):
 * - lagging and overdue measures with their reasons, overdue first, then the least advanced;
 * - measures with a part falling due within 90 days after `asOf`, soonest first;
 * - per lead department: measures led, how many lag, reports due and on time (Asia/Shanghai).
 */
export async function getMeasureLists(args: Args): Promise<MeasureLists | null> {
  return (await dashboardActor()) ? queryMeasureLists(args) : null;
}

/** getMeasureLists without the role check, for the benchmark. */
export async function queryMeasureLists({ planId, asOf, scope }: Args): Promise<MeasureLists> {
  const [row] = await getDb().$queryRaw<ListsRow[]>`
    WITH q AS MATERIALIZED (${measureSelect({ planId, asOf, scope })}),
    lagging AS (SELECT * FROM q WHERE q.status IN ('OVERDUE', 'LAGGING')),
    upcoming AS (SELECT * FROM q WHERE q."nextDeadline" BETWEEN to_char(${asOf}::date, 'YYYY-MM-DD') AND to_char(${asOf}::date + 90, 'YYYY-MM-DD'))
    SELECT
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT * FROM lagging ORDER BY status = 'OVERDUE' DESC, progress, "strategyOrder", "taskAreaOrder", code LIMIT ${LIST_LIMIT}) x) AS lagging,
      (SELECT count(*)::int FROM lagging) AS "laggingTotal",
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT * FROM upcoming ORDER BY "nextDeadline", "strategyOrder", "taskAreaOrder", code LIMIT ${LIST_LIMIT}) x) AS upcoming,
      (SELECT count(*)::int FROM upcoming) AS "upcomingTotal",
      (SELECT coalesce(json_agg(d ORDER BY d.lagging DESC, d.measures DESC, d.department), '[]') FROM (
         SELECT "leadDepartmentId" AS "departmentId", "leadDepartment" AS department, count(*)::int AS measures,
                (count(*) FILTER (WHERE status IN ('LAGGING', 'OVERDUE')))::int AS lagging,
                sum("reportsDue")::int AS "reportsDue", sum("reportsOnTime")::int AS "reportsOnTime"
         FROM q GROUP BY "leadDepartmentId", "leadDepartment") d) AS departments`;
  return {
    lagging: { rows: row.lagging.map((r) => toMeasureRow(r, asOf)), total: row.laggingTotal },
    upcoming: { rows: row.upcoming.map((r) => toMeasureRow(r, asOf)), total: row.upcomingTotal },
    departments: row.departments.map((d) => ({ ...d, onTimeRate: d.reportsDue > 0 ? d.reportsOnTime / d.reportsDue : null })),
  };
}

/** Every measure and project of a task area (the drill-down table). */
export async function getTaskAreaMeasures({ planId, asOf, taskAreaId }: { planId: number; asOf: IsoDate; taskAreaId: number }): Promise<MeasureStatusDetail[] | null> {
  if (!(await dashboardActor())) return null;
  return (await queryMeasurePage({ planId, asOf, scope: { taskAreaId } })).rows;
}

export type DepartmentRow = {
  departmentId: number;
  department: string;
  /** Measures and projects it leads (in the scope). */
  measures: number;
  /** Of those, lagging or overdue on asOf. */
  lagging: number;
  /** Submitted reports due by asOf, and how many came by the due day (Asia/Shanghai). */
  reportsDue: number;
  reportsOnTime: number;
  /** reportsOnTime / reportsDue, null when none was due. */
  onTimeRate: number | null;
};
