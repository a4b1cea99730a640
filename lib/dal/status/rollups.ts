import "server-only";
import type { IsoDate, Status } from "@/lib/domain";
import { Prisma } from "@/generated/prisma/client.ts";
import { getDb } from "@/lib/db";
import { rollupExplanation, type RollupLevel, type StatusCounts } from "./reasons";

export type RollupRow = {
  id: number;
  code: string;
  name: string;
  /** 0..1, weighted. */
  progress: number;
  status: Status;
  /** Measures and projects per status (of the items that weigh). */
  counts: Record<Status, number>;
  /** Why, in a plain Chinese sentence ("96 项中 3 项滞后…"), and the same in English. */
  explanation: string;
  explanationEn: string;
};

export type RollupPoint = RollupRow & { asOf: IsoDate; level: RollupLevel; strategyId: number | null; weight: number };

export type RawRollup = {
  asOf: string; level: RollupLevel; id: number; strategyId: number | null; code: string; name: string; weight: number; status: Status; progress: number;
  ignored: number; nDone: number; nOnTrack: number; nAtRisk: number; nLagging: number; nOverdue: number; nNotStarted: number;
  weightTotal: number; laggingWeight: number; troubledWeight: number; laggingShare: number;
};

function explain(r: RawRollup, counts: StatusCounts): { explanation: string; explanationEn: string } {
  const { zh, en } = rollupExplanation({
    status: r.status, counts, weightTotal: r.weightTotal, laggingWeight: r.laggingWeight, troubledWeight: r.troubledWeight,
    laggingShare: r.laggingShare, ignored: r.ignored,
  });
  return { explanation: zh, explanationEn: en };
}

type RollupArgs = { planId: number; dates: IsoDate[]; strategyId?: number; levels?: RollupLevel[]; ids?: number[] };

/**
 * The roll-ups' statement (status_rollups()), in the order the pages show them. `rows`: the
 * measure rows of the same days as a status_measure_snapshot[] the statement has judged already
 * (see getMeasureLists), so that they are not judged a second time.
 */
export function rollupsSql(args: RollupArgs & { rows?: Prisma.Sql }): Prisma.Sql {
  const levels = args.levels ?? ["plan", "strategy", "taskArea"];
  return Prisma.sql`
    SELECT to_char(r."asOf", 'YYYY-MM-DD') AS "asOf", r.level, r.id, r."strategyId",
           coalesce(ta.code, s.code, p.code) AS code, coalesce(ta.name, s.name, p.name) AS name,
           coalesce(ta.weight, s.weight, 1)::float8 AS weight, r.status, r.progress, r.ignored,
           r."nDone", r."nOnTrack", r."nAtRisk", r."nLagging", r."nOverdue", r."nNotStarted",
           r."weightTotal", r."laggingWeight", r."troubledWeight", th."laggingShare",
           row_number() OVER (ORDER BY r."asOf", array_position(ARRAY['plan', 'strategy', 'taskArea'], r.level), coalesce(tas."order", s."order"), ta."order")::int AS pos
    FROM status_rollups(${args.dates}::date[], ${args.planId}::int, ${args.strategyId ?? null}::int, ${levels}::text[], ${args.rows ?? Prisma.sql`NULL`}) r
    CROSS JOIN status_thresholds() th
    LEFT JOIN "task_area" ta ON r.level = 'taskArea' AND ta.id = r.id
    LEFT JOIN "strategy" s ON r.level = 'strategy' AND s.id = r.id
    LEFT JOIN "strategy" tas ON tas.id = ta."strategyId"
    LEFT JOIN "plan" p ON r.level = 'plan' AND p.id = r.id
    WHERE r.level = ANY(${levels}::text[]) AND (${args.ids ?? null}::int[] IS NULL OR r.id = ANY(${args.ids ?? null}::int[]))
    ORDER BY pos`;
}

/** A row of rollupsSql as the DTO, its sentence worded from the SQL numbers. */
export function toRollupPoint(r: RawRollup): RollupPoint {
  const counts: StatusCounts = { DONE: r.nDone, ON_TRACK: r.nOnTrack, AT_RISK: r.nAtRisk, LAGGING: r.nLagging, OVERDUE: r.nOverdue, NOT_STARTED: r.nNotStarted };
  return {
    asOf: r.asOf,
    level: r.level,
    strategyId: r.strategyId,
    weight: r.weight,
    id: r.id,
    code: r.code,
    name: r.name,
    progress: r.progress,
    status: r.status,
    counts,
    ...explain(r, counts),
  };
}

/**
 * Roll-ups of the plan, its strategies and task areas on each of `dates` (status_rollups()):
 * `strategyId` limits them to one strategy and its task areas (no plan row then); `levels` and
 * `ids` choose the rows returned.
 */
export async function queryRollups(args: RollupArgs): Promise<RollupPoint[]> {
  const rows = await getDb().$queryRaw<RawRollup[]>(rollupsSql(args));
  return rows.map(toRollupPoint);
}

/**
 * The roll-ups of one level on `asOf`: the plan (one row), its strategies, or its task areas
 * (all, or those of `strategyId`). Each rolls up the measures and projects under it, weighted by
 * measure weight × task-area weight × strategy weight (docs/status.md §七).
 */
export async function getRollups(args: { planId: number; asOf: IsoDate; level: RollupLevel; strategyId?: number }): Promise<RollupRow[]> {
  const strategyId = args.level === "plan" ? undefined : args.strategyId;
  const rows = await queryRollups({ planId: args.planId, dates: [args.asOf], strategyId, levels: [args.level] });
  return rows.map(({ asOf: _a, level: _l, strategyId: _s, weight: _w, ...row }) => row);
}
