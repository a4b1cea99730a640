import "server-only";
import type { IsoDate } from "@/lib/domain";
import { getDb } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client.ts";
import { measureSelect, queryMeasurePage, scopeIds, toMeasureRow, type MeasureScope, type MeasureStatusDetail, type RawMeasureRow } from "@/lib/dal/status/measures";
import { rollupsSql, toRollupPoint, type RawRollup, type RollupPoint } from "@/lib/dal/status/rollups";
import type { RollupLevel } from "@/lib/dal/status/reasons";
import { dashboardActor } from "./access";

type Args = { planId: number; asOf: IsoDate; scope: MeasureScope };
export type MeasureList = { rows: MeasureStatusDetail[]; total: number };

/** How many rows a list shows; the task-area page lists all of its measures. */
export const LIST_LIMIT = 50;

export type MeasureLists = { lagging: MeasureList; upcoming: MeasureList; departments: DepartmentRow[]; rollups: RollupPoint[] };

type ListsRow = {
  lagging: RawMeasureRow[]; laggingTotal: number; upcoming: RawMeasureRow[]; upcomingTotal: number;
  departments: Omit<DepartmentRow, "reportsDue" | "reportsOnTime" | "onTimeRate">[]; rollups: RawRollup[];
};

/** Which roll-ups to give beside the lists, from the same measure rows: the levels of status_rollups(). */
type RollupChoice = { strategyId?: number; levels: RollupLevel[] };

/**
 * The lists of a dashboard and, with `rollups`, its roll-ups, from one judgement of the scope's
 * measures (one statement), while the departments' punctuality is read beside it (a second
 * statement, at the same time):
 * - lagging and overdue measures with their reasons, overdue first, then the least advanced;
 * - measures with a part falling due within 90 days after `asOf`, soonest first;
 * - per lead department: measures led, how many lag, reports due and on time (Asia/Shanghai);
 * - the roll-ups of `rollups.levels` (status_rollups() over the same rows).
 */
export async function getMeasureLists(args: Args & { rollups?: RollupChoice }): Promise<MeasureLists | null> {
  return (await dashboardActor()) ? queryMeasureLists(args) : null;
}

/** getMeasureLists without the role check, for the benchmark. */
export async function queryMeasureLists({ planId, asOf, scope, rollups }: Args & { rollups?: RollupChoice }): Promise<MeasureLists> {
  // The rows of the scope, judged once; roll-ups reuse them on a day that is not a snapshot day
  // (on a snapshot day status_rollups() reads the task areas' sums and needs none).
  const judged = Prisma.sql`CASE WHEN ${asOf}::date = ANY(status_snapshot_dates(${planId}::int)) THEN NULL ELSE ARRAY(SELECT r::"status_measure_snapshot" FROM r) END`;
  const rollupJson = rollups
    ? Prisma.sql`(SELECT coalesce(json_agg(ru ORDER BY ru.pos), '[]') FROM (${rollupsSql({ planId, dates: [asOf], strategyId: rollups.strategyId, levels: rollups.levels, rows: judged })}) ru)`
    : Prisma.sql`'[]'::json`;
  const [[row], punctuality] = await Promise.all([
    getDb().$queryRaw<ListsRow[]>`
    WITH r AS MATERIALIZED (SELECT * FROM status_measure_rows(ARRAY[${asOf}::date], ${planId}::int, ${scopeIds(scope)}, false)),
    -- what choosing and counting needs, for every measure of the scope
    k AS MATERIALIZED (
      SELECT r."measureId" AS id, r.status, r.progress, r."nextDeadline", m."leadDepartmentId" AS department_id, m.code, s."order" AS so, ta."order" AS tao
      FROM r JOIN "measure" m ON m.id = r."measureId" JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" s ON s.id = ta."strategyId"
    ),
    -- each list: its first rows in order (pos), and how many there are in all (total)
    lagging AS (
      SELECT id, row_number() OVER w AS pos, count(*) OVER () AS total FROM k WHERE status IN ('OVERDUE', 'LAGGING')
      WINDOW w AS (ORDER BY status = 'OVERDUE' DESC, progress, so, tao, code) ORDER BY pos LIMIT ${LIST_LIMIT}
    ),
    upcoming AS (
      SELECT id, row_number() OVER w AS pos, count(*) OVER () AS total FROM k WHERE "nextDeadline" BETWEEN ${asOf}::date AND ${asOf}::date + 90
      WINDOW w AS (ORDER BY "nextDeadline", so, tao, code) ORDER BY pos LIMIT ${LIST_LIMIT}
    ),
    -- the whole row, with its reason's numbers, only for the measures shown
    shown AS MATERIALIZED (${measureSelect({ planId, asOf, scope, rows: Prisma.sql`(SELECT * FROM r WHERE r."measureId" IN (SELECT id FROM lagging UNION SELECT id FROM upcoming))` })})
    SELECT
      (SELECT coalesce(json_agg(x ORDER BY l.pos), '[]') FROM shown x JOIN lagging l ON l.id = x."measureId") AS lagging,
      (SELECT coalesce(max(total), 0)::int FROM lagging) AS "laggingTotal",
      (SELECT coalesce(json_agg(x ORDER BY u.pos), '[]') FROM shown x JOIN upcoming u ON u.id = x."measureId") AS upcoming,
      (SELECT coalesce(max(total), 0)::int FROM upcoming) AS "upcomingTotal",
      (SELECT coalesce(json_agg(d ORDER BY d.lagging DESC, d.measures DESC, d.department), '[]') FROM (
         SELECT k.department_id AS "departmentId", dep.name AS department, count(*)::int AS measures,
                (count(*) FILTER (WHERE k.status IN ('LAGGING', 'OVERDUE')))::int AS lagging
         FROM k JOIN "department" dep ON dep.id = k.department_id GROUP BY k.department_id, dep.name) d) AS departments,
      ${rollupJson} AS rollups`,
    queryPunctuality({ planId, asOf, scope }),
  ]);
  const byDepartment = new Map(punctuality.map((p) => [p.departmentId, p]));
  return {
    lagging: { rows: row.lagging.map((r) => toMeasureRow(r, asOf)), total: row.laggingTotal },
    upcoming: { rows: row.upcoming.map((r) => toMeasureRow(r, asOf)), total: row.upcomingTotal },
    departments: row.departments.map((d) => {
      const { reportsDue, reportsOnTime } = byDepartment.get(d.departmentId) ?? { reportsDue: 0, reportsOnTime: 0 };
      return { ...d, reportsDue, reportsOnTime, onTimeRate: reportsDue > 0 ? reportsOnTime / reportsDue : null };
    }),
    rollups: row.rollups.map(toRollupPoint),
  };
}

/** Reports due by `asOf` and on time, per lead department of the scope (status_punctuality()). */
function queryPunctuality({ planId, asOf, scope }: Args) {
  return getDb().$queryRaw<{ departmentId: number; reportsDue: number; reportsOnTime: number }[]>`
    SELECT m."leadDepartmentId" AS "departmentId", sum(p."reportsDue")::int AS "reportsDue", sum(p."reportsOnTime")::int AS "reportsOnTime"
    FROM status_punctuality(ARRAY[${asOf}::date], ${planId}::int, ${scopeIds(scope)}) p
    JOIN "measure" m ON m.id = p."measureId"
    GROUP BY m."leadDepartmentId"`;
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
