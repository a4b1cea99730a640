import "server-only";
import { getDb } from "@/lib/db";

export type Headline = {
  code: string; measureCode: string; name: string; unit: string; comparison: string;
  baseline: number; target: number; deadline: string; current: number | null;
  /** 0..1: the distance from the baseline to the target covered (status_parts(): 1 once met). */
  share: number;
};

export type HeadlineData = { indicators: Headline[]; lastUpdated: string | null; hasDemoData: boolean };

type Row = Omit<Headline, "baseline" | "target" | "current"> & { baseline: string; target: string; current: string | null; lastUpdated: Date | null; hasDemoData: boolean | null };

/**
 * The plan's numeric targets with their latest approved values and the distance covered, as the
 * status engine judges them on `asOf` (derived ones: the child projects done), and when the
 * published data last changed. One statement.
 * Not cached itself (its plan id and date are free arguments): the home page's loader is
 * (lib/dal/public/pages.ts).
 */
export async function getHeadlines(planId: number, asOf: string): Promise<HeadlineData> {
  const rows = await getDb().$queryRaw<Row[]>`
    WITH published AS (
      -- Of this plan only: a past plan's page keeps the day its data last changed.
      SELECT max(r."reviewedAt") AS "lastUpdated", bool_or(r."isDemo") AS "hasDemoData"
      FROM "progress_report" r
      JOIN "measure" pm ON pm."id" = r."measureId"
      JOIN "task_area" pt ON pt."id" = pm."taskAreaId"
      JOIN "strategy" ps ON ps."id" = pt."strategyId"
      WHERE r."reviewState" = 'APPROVED' AND ps."planId" = ${planId}
    )
    -- the plan's numeric targets: top-level measures' indicators that are not yes/no
    , shown AS (
      SELECT i.*, m."code" AS "measureCode", s."order" AS so, t."order" AS tao, m."order" AS mo
      FROM "indicator" i
      JOIN "measure" m ON m."id" = i."measureId"
      JOIN "task_area" t ON t."id" = m."taskAreaId"
      JOIN "strategy" s ON s."id" = t."strategyId"
      WHERE s."planId" = ${planId} AND i."kind" <> 'MILESTONE' AND m."parentId" IS NULL
    )
    SELECT i."code", i."measureCode", i."name", i."unit", i."comparison"::text AS "comparison",
           i."baselineValue"::text AS "baseline", i."targetValue"::text AS "target", to_char(i."deadline", 'YYYY-MM-DD') AS "deadline",
           -- the engine's actual value (derived: the child projects done) and distance covered
           pt.actual::text AS "current", pt.progress AS "share",
           published."lastUpdated", published."hasDemoData"
    FROM shown i
    JOIN status_parts(ARRAY[${asOf}::date], ${planId}::int, ARRAY(SELECT DISTINCT "measureId" FROM shown)) pt
      ON pt.kind = 'I' AND pt."indicatorId" = i."id"
    CROSS JOIN published
    ORDER BY i.so, i.tao, i.mo, i."order"`;
  return {
    lastUpdated: rows[0]?.lastUpdated?.toISOString() ?? null,
    hasDemoData: Boolean(rows[0]?.hasDemoData),
    indicators: rows.map(({ lastUpdated: _l, hasDemoData: _h, ...r }) => ({
      ...r,
      baseline: Number(r.baseline),
      target: Number(r.target),
      current: r.current === null ? null : Number(r.current),
    })),
  };
}
