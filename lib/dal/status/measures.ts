import "server-only";
import { Prisma } from "@/generated/prisma/client.ts";
import type { IndicatorKind, IndicatorRule, IsoDate, ProgressBasis, ReportedStatus, Status } from "@/lib/domain";
import { getDb } from "@/lib/db";
import { measureReason } from "./reasons";

export type MeasureStatusRow = {
  measureId: number;
  code: string;
  title: string;
  kind: "MEASURE" | "PROJECT";
  parentId: number | null;
  taskAreaId: number;
  strategyId: number;
  leadDepartmentId: number;
  leadDepartment: string;
  status: Status;
  /** 0..1 */
  progress: number;
  /** Where the progress comes from (docs/status.md §六); "none": nothing measurable is reported. */
  progressBasis: ProgressBasis;
  /** Why, in Chinese (the engine's reason). */
  reason: string;
  /** Earliest deadline of a part not done yet (past or coming), "YYYY-MM-DD". */
  deadline: string | null;
  /** When the latest approved report counted on asOf was approved (ISO timestamp). */
  lastApprovedAt: string | null;
};

/** Which measures: of a strategy, a task area, a list, or a measure and its projects (family). */
export type MeasureScope = { strategyId?: number; taskAreaId?: number; measureIds?: number[]; family?: number };

/** The extra numbers dashboards use beside the contract row. */
export type MeasureStatusDetail = MeasureStatusRow & {
  strategyCode: string;
  taskAreaCode: string;
  taskAreaName: string;
  weight: number;
  nextDeadline: string | null;
  nextItem: string | null;
  reportsDue: number;
  reportsOnTime: number;
};

export type RawMeasureRow = {
  measureId: number; code: string; title: string; kind: "MEASURE" | "PROJECT"; parentId: number | null; taskAreaId: number; strategyId: number;
  strategyCode: string; taskAreaCode: string; taskAreaName: string;
  leadDepartmentId: number; leadDepartment: string; weight: number; status: Status; progress: number; parts: number;
  nDone: number; nOnTrack: number; nAtRisk: number; nLagging: number; nOverdue: number; nNotStarted: number;
  reported: ReportedStatus | null; worstKind: "I" | "M" | null; worstRule: IndicatorRule | null;
  worstExpected: number | null; worstActual: number | null; worstShortfall: number | null;
  iName: string | null; iUnit: string | null; iKind: IndicatorKind | null; iComparison: "GTE" | "GT" | "EQ" | "LTE" | null;
  iBaseline: number | null; iBaselineDate: string | null; iTarget: number | null; iDeadline: string | null;
  msTotal: number; msReached: number; msWorstName: string | null; msWorstPlanned: string | null; msWorstLate: number | null;
  msNextName: string | null; msNextPlanned: string | null;
  deadline: string | null; nextDeadline: string | null; nextItem: string | null;
  /** A Date from the driver; an ISO string when the row came through JSON. */
  lastApprovedAt: Date | string | null;
  reportsDue: number; reportsOnTime: number; graceDays: number; planStart: string; planEnd: string;
  progressBasis: ProgressBasis; reportedPercent: number | null; planEnded: boolean;
};

/** The measures of the scope that the rows of status_measure_rows() are asked for (NULL: the plan's). */
export function scopeIds(scope: MeasureScope): Prisma.Sql {
  if (Object.values(scope).every((v) => v === undefined)) return Prisma.sql`NULL::int[]`;
  const conditions = [Prisma.sql`TRUE`];
  if (scope.strategyId !== undefined) conditions.push(Prisma.sql`ta."strategyId" = ${scope.strategyId}`);
  if (scope.taskAreaId !== undefined) conditions.push(Prisma.sql`m."taskAreaId" = ${scope.taskAreaId}`);
  if (scope.measureIds !== undefined) conditions.push(Prisma.sql`m.id IN (SELECT unnest(${scope.measureIds}::int[]))`);
  if (scope.family !== undefined) conditions.push(Prisma.sql`(m.id = ${scope.family} OR m."parentId" = ${scope.family})`);
  return Prisma.sql`ARRAY(SELECT m.id FROM "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" WHERE ${Prisma.join(conditions, " AND ")})`;
}

const day = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);

/**
 * The measure rows of a scope on `asOf` with everything their reason needs (status_measure_rows()
 * joined to the measure, its task area, strategy, lead department and the indicator its reason
 * names), and the plan order ("strategyOrder", "taskAreaOrder"). No WHERE, no ORDER BY.
 */
export function measureSelect(args: { planId: number; asOf: IsoDate; scope: MeasureScope; rows?: Prisma.Sql }) {
  const { planId, asOf, scope } = args;
  // `rows`: a relation of status_measure_rows() the statement has already (a page's one judgement).
  const rows = args.rows ?? Prisma.sql`status_measure_rows(ARRAY[${asOf}::date], ${planId}::int, ${scopeIds(scope)})`;
  return Prisma.sql`
    SELECT r."measureId", m.code, m.title, m.kind::text AS kind, m."parentId", m."taskAreaId", ta."strategyId",
           s.code AS "strategyCode", ta.code AS "taskAreaCode", ta.name AS "taskAreaName", s."order" AS "strategyOrder", ta."order" AS "taskAreaOrder",
           m."leadDepartmentId", dep.name AS "leadDepartment", m.weight::float8 AS weight,
           r.status, r.progress, r.parts, r."nDone", r."nOnTrack", r."nAtRisk", r."nLagging", r."nOverdue", r."nNotStarted",
           r.reported, r."worstKind", r."worstRule", r."worstExpected", r."worstActual", r."worstShortfall",
           wi.name AS "iName", wi.unit AS "iUnit", wi.kind::text AS "iKind", wi.comparison::text AS "iComparison",
           wi."baselineValue"::float8 AS "iBaseline", ${day('wi."baselineDate"')} AS "iBaselineDate",
           wi."targetValue"::float8 AS "iTarget", ${day("wi.deadline")} AS "iDeadline",
           r."msTotal", r."msReached", r."msWorstName", ${day('r."msWorstPlanned"')} AS "msWorstPlanned", r."msWorstLate",
           r."msNextName", ${day('r."msNextPlanned"')} AS "msNextPlanned",
           ${day("r.deadline")} AS deadline, ${day('r."nextDeadline"')} AS "nextDeadline", r."nextItem", r."lastApprovedAt",
           r."reportsDue", r."reportsOnTime", th."graceDays", ${day('p."startDate"')} AS "planStart", ${day('p."endDate"')} AS "planEnd",
           r."progressBasis", r."reportedPercent", r."planEnded"
    FROM ${rows} r
    JOIN "measure" m ON m.id = r."measureId"
    JOIN "task_area" ta ON ta.id = m."taskAreaId"
    JOIN "strategy" s ON s.id = ta."strategyId"
    JOIN "department" dep ON dep.id = m."leadDepartmentId"
    JOIN "plan" p ON p.id = s."planId"
    LEFT JOIN "indicator" wi ON wi.id = r."worstIndicatorId" AND r."worstKind" = 'I'
    CROSS JOIN status_thresholds() th`;
}

/** measureSelect narrowed by `where` (over its columns), in plan order unless `orderBy`, at most `limit`, with the `total`. */
export function measureRowsSql(args: { planId: number; asOf: IsoDate; scope: MeasureScope; where?: Prisma.Sql; orderBy?: Prisma.Sql; limit?: number }) {
  return Prisma.sql`
    SELECT q.*, count(*) OVER ()::int AS total
    FROM (${measureSelect(args)}) q
    ${args.where ? Prisma.sql`WHERE ${args.where}` : Prisma.empty}
    ORDER BY ${args.orderBy ?? Prisma.sql`q."strategyOrder", q."taskAreaOrder", q.code`}
    ${args.limit !== undefined ? Prisma.sql`LIMIT ${args.limit}` : Prisma.empty}`;
}

/** A raw row as the DTO, its reason worded from the SQL numbers. */
export function toMeasureRow(r: RawMeasureRow, asOf: IsoDate): MeasureStatusDetail {
  const reason = measureReason({
    status: r.status,
    parts: r.parts,
    counts: { DONE: r.nDone, ON_TRACK: r.nOnTrack, AT_RISK: r.nAtRisk, LAGGING: r.nLagging, OVERDUE: r.nOverdue, NOT_STARTED: r.nNotStarted },
    reported: r.reported,
    worstKind: r.worstKind,
    worstRule: r.worstRule,
    worstExpected: r.worstExpected,
    worstActual: r.worstActual,
    worstShortfall: r.worstShortfall,
    indicator:
      r.iName !== null
        ? {
            name: r.iName, unit: r.iUnit ?? "", kind: r.iKind!, comparison: r.iComparison!, baselineValue: r.iBaseline!,
            baselineDate: r.iBaselineDate!, targetValue: r.iTarget!, deadline: r.iDeadline!,
          }
        : null,
    msTotal: r.msTotal,
    msReached: r.msReached,
    msWorst: r.msWorstName !== null ? { name: r.msWorstName, plannedDate: r.msWorstPlanned!, late: r.msWorstLate! } : null,
    msNext: r.msNextName !== null ? { name: r.msNextName, plannedDate: r.msNextPlanned! } : null,
    graceDays: r.graceDays,
    planStart: r.planStart,
    planEnd: r.planEnd,
    planEnded: r.planEnded,
    asOf,
  });
  return {
    measureId: r.measureId,
    code: r.code,
    title: r.title,
    kind: r.kind,
    parentId: r.parentId,
    taskAreaId: r.taskAreaId,
    strategyId: r.strategyId,
    leadDepartmentId: r.leadDepartmentId,
    leadDepartment: r.leadDepartment,
    status: r.status,
    progress: r.progress,
    progressBasis: r.progressBasis,
    reason,
    deadline: r.deadline,
    lastApprovedAt: r.lastApprovedAt ? new Date(r.lastApprovedAt).toISOString() : null,
    strategyCode: r.strategyCode,
    taskAreaCode: r.taskAreaCode,
    taskAreaName: r.taskAreaName,
    weight: r.weight,
    nextDeadline: r.nextDeadline,
    nextItem: r.nextItem,
    reportsDue: r.reportsDue,
    reportsOnTime: r.reportsOnTime,
  };
}

/** Measure rows of a scope on `asOf`, narrowed by `where`, in `orderBy`, at most `limit`; `total` counts them all. */
export async function queryMeasurePage(args: Parameters<typeof measureRowsSql>[0]): Promise<{ rows: MeasureStatusDetail[]; total: number }> {
  const rows = await getDb().$queryRaw<(RawMeasureRow & { total: number })[]>(measureRowsSql(args));
  return { rows: rows.map((r) => toMeasureRow(r, args.asOf)), total: rows[0]?.total ?? 0 };
}

export async function queryMeasureRows(args: Parameters<typeof measureRowsSql>[0]): Promise<MeasureStatusDetail[]> {
  return (await queryMeasurePage(args)).rows;
}

/**
 * Every measure and project of the plan (or of a strategy, a task area, a list) on `asOf`, as the
 * status engine judges it from the approved history. Public data: no role check here; callers
 * that show more than the public may see check the role.
 */
export async function getMeasureStatuses(args: { planId: number; asOf: IsoDate } & MeasureScope): Promise<MeasureStatusRow[]> {
  const { planId, asOf, ...scope } = args;
  const rows = await queryMeasureRows({ planId, asOf, scope });
  return rows.map(({ strategyCode: _s, taskAreaCode: _t, taskAreaName: _a, weight: _w, nextDeadline: _n, nextItem: _i, reportsDue: _d, reportsOnTime: _o, ...row }) => row);
}
