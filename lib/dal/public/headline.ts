import "server-only";
import { getDb } from "@/lib/db";

export type Headline = {
  code: string; measureCode: string; name: string; unit: string; comparison: string;
  baseline: number; target: number; deadline: string; current: number | null;
};

export type HeadlineData = { indicators: Headline[]; lastUpdated: string | null; hasDemoData: boolean };

type Row = Omit<Headline, "baseline" | "target" | "current"> & { baseline: string; target: string; current: string | null; lastUpdated: Date | null; hasDemoData: boolean | null };

/**
 * The plan's numeric targets with their latest approved values (derived ones: the count of
 * finished child projects as of `asOf`), and when the published data last changed. One statement.
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
    SELECT i."code", m."code" AS "measureCode", i."name", i."unit", i."comparison"::text AS "comparison",
           i."baselineValue"::text AS "baseline", i."targetValue"::text AS "target", to_char(i."deadline", 'YYYY-MM-DD') AS "deadline",
           CASE WHEN i."derivedFromChildren" THEN (
             SELECT count(*)::text FROM "measure" c
             WHERE c."parentId" = m."id"
               AND EXISTS (SELECT 1 FROM "milestone" ms WHERE ms."measureId" = c."id")
               AND NOT EXISTS (SELECT 1 FROM "milestone" ms WHERE ms."measureId" = c."id" AND (ms."actualDate" IS NULL OR ms."actualDate" > ${asOf}::date))
           ) ELSE (
             SELECT v."value"::text FROM "progress_value" v JOIN "progress_report" r ON r."id" = v."reportId"
             WHERE v."indicatorId" = i."id" AND r."reviewState" = 'APPROVED' AND r."periodEnd" <= ${asOf}::date
             ORDER BY r."periodEnd" DESC, r."id" DESC LIMIT 1
           ) END AS "current",
           published."lastUpdated", published."hasDemoData"
    FROM "indicator" i
    JOIN "measure" m ON m."id" = i."measureId"
    JOIN "task_area" t ON t."id" = m."taskAreaId"
    JOIN "strategy" s ON s."id" = t."strategyId"
    CROSS JOIN published
    WHERE s."planId" = ${planId} AND i."kind" <> 'MILESTONE' AND m."parentId" IS NULL
    ORDER BY s."order", t."order", m."order", i."order"`;
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
