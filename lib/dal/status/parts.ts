import "server-only";
import {
  describeIndicator,
  describeMilestones,
  formatActual,
  formatExpected,
  formatTarget,
  type IndicatorKind,
  type IndicatorRule,
  type IsoDate,
  type Status,
} from "@/lib/domain";
import { getDb } from "@/lib/db";

export type IndicatorPart = {
  indicatorId: number;
  name: string;
  /** Worded for reading: "178 个", ">50 个", "1". */
  baseline: string;
  target: string;
  deadline: IsoDate;
  derived: boolean;
  /** Where the plan's path is on asOf, and the approved value counted (null: none yet). */
  expected: string;
  actual: string | null;
  /** The approved value counted, unrounded (a derived one: the projects judged done). */
  value: number | null;
  /** Where the plan's path is on asOf, unrounded. */
  expectedValue: number;
  /** The corners of the expected path (status_path_points()), in order; straight lines between them. */
  path: { date: IsoDate; value: number }[];
  status: Status;
  reason: string;
};

export type MeasureParts = {
  /** In the indicators' order. */
  indicators: IndicatorPart[];
  /** The milestones judged together; null when the measure has none. */
  milestones: { status: Status; reason: string; reached: number; total: number } | null;
};

type Raw = {
  kind: "I" | "M"; indicatorId: number | null; status: Status; rule: IndicatorRule | null; expected: number | null; actual: number | null; shortfall: number | null;
  msTotal: number | null; msReached: number | null; msWorstName: string | null; msWorstPlanned: string | null; msWorstLate: number | null;
  msNextName: string | null; msNextPlanned: string | null; graceDays: number; planStart: string;
  name: string | null; unit: string | null; iKind: IndicatorKind | null; comparison: "GTE" | "GT" | "EQ" | "LTE" | null;
  baselineValue: number | null; baselineDate: string | null; targetValue: number | null; deadline: string | null; derived: boolean | null;
  path: { date: string; value: number }[] | null;
};

/**
 * Each part of one measure on `asOf` as the status engine judges it (status_measure_parts(), the
 * SQL of getMeasureStatuses): every indicator with its expected and approved values, and the
 * milestones. Public data, like getMeasureStatuses. One statement.
 */
export async function getMeasureParts(args: { planId: number; asOf: IsoDate; measureId: number }): Promise<MeasureParts> {
  const rows = await getDb().$queryRaw<Raw[]>`
    SELECT p.kind, p."indicatorId", p.status, p.rule, p.expected, p.actual, p.shortfall, p."msTotal", p."msReached",
           p."msWorstName", to_char(p."msWorstPlanned", 'YYYY-MM-DD') AS "msWorstPlanned", p."msWorstLate",
           p."msNextName", to_char(p."msNextPlanned", 'YYYY-MM-DD') AS "msNextPlanned", th."graceDays",
           to_char(pl."startDate", 'YYYY-MM-DD') AS "planStart",
           i.name, i.unit, i.kind::text AS "iKind", i.comparison::text AS comparison, i."baselineValue"::float8 AS "baselineValue",
           to_char(i."baselineDate", 'YYYY-MM-DD') AS "baselineDate", i."targetValue"::float8 AS "targetValue",
           to_char(i.deadline, 'YYYY-MM-DD') AS deadline, i."derivedFromChildren" AS derived,
           (SELECT json_agg(json_build_object('date', to_char(pp.day, 'YYYY-MM-DD'), 'value', pp.value) ORDER BY pp.day, pp.k)
            FROM status_path_points(i.id) pp) AS path
    FROM status_measure_parts(${args.asOf}::date, ${args.planId}::int, ${args.measureId}::int) p
    JOIN "plan" pl ON pl.id = ${args.planId}::int
    CROSS JOIN status_thresholds() th
    LEFT JOIN "indicator" i ON i.id = p."indicatorId"`;
  const indicators = rows.flatMap((p): IndicatorPart[] => {
    if (p.kind !== "I" || p.indicatorId === null || p.name === null || p.rule === null || p.expected === null) return [];
    const spec = {
      name: p.name, unit: p.unit ?? "", kind: p.iKind!, comparison: p.comparison!, baselineValue: p.baselineValue!,
      baselineDate: p.baselineDate!, targetValue: p.targetValue!, deadline: p.deadline!,
    };
    return [{
      indicatorId: p.indicatorId, name: p.name, deadline: spec.deadline, derived: p.derived ?? false,
      baseline: formatActual(spec, spec.baselineValue), target: formatTarget(spec),
      expected: formatExpected(spec, p.expected), actual: p.actual === null ? null : formatActual(spec, p.actual), value: p.actual,
      expectedValue: p.expected, path: p.path ?? [],
      status: p.status,
      reason: describeIndicator({ spec, status: p.status, rule: p.rule, expected: p.expected, actual: p.actual, shortfall: p.shortfall ?? 0, planStart: p.planStart }),
    }];
  });
  const m = rows.find((p) => p.kind === "M");
  const milestones = m
    ? {
        status: m.status,
        reached: m.msReached ?? 0,
        total: m.msTotal ?? 0,
        reason: describeMilestones({
          status: m.status, total: m.msTotal ?? 0, reached: m.msReached ?? 0, graceDays: m.graceDays,
          worst: m.msWorstName !== null ? { name: m.msWorstName, plannedDate: m.msWorstPlanned!, late: m.msWorstLate! } : null,
          next: m.msNextName !== null ? { name: m.msNextName, plannedDate: m.msNextPlanned! } : null,
        }),
      }
    : null;
  return { indicators, milestones };
}
