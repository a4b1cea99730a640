-- Issue 13: what a dashboard on a day that is not a snapshot day costs PostgreSQL, measured per
-- request (lib/bench/dashboard-bench.ts: CPU time of the server and of PostgreSQL): the rules are
-- unchanged (the oracle tests hold them equal); the reads do less.

-- Punctuality on a day that is not a snapshot day reads the last snapshot day's counts by the
-- key's first column: 9,600 rows at 100x, spread over 4,000 pages of the wide snapshot table. An
-- index holding the two counts answers without the table.
CREATE INDEX "status_measure_snapshot_punctuality_idx" ON "status_measure_snapshot" ("asOf", "measureId")
  INCLUDE ("reportsDue", "reportsOnTime");

-- status_rollups read every snapshot day's task-area sums (21,000 rows at 100x) and only then
-- kept the days asked for, on a day that is not a snapshot day too: now the days asked for that
-- are snapshot days are the index condition.
CREATE OR REPLACE FUNCTION status_rollups(p_dates date[], p_plan int, p_strategy int DEFAULT NULL, p_levels text[] DEFAULT NULL, p_rows "status_measure_snapshot"[] DEFAULT NULL)
RETURNS TABLE (
  "asOf" date, level text, id int, "strategyId" int, status text, progress float8, items int, ignored int,
  "nDone" int, "nOnTrack" int, "nAtRisk" int, "nLagging" int, "nOverdue" int, "nNotStarted" int,
  "weightTotal" float8, "laggingWeight" float8, "troubledWeight" float8
)
LANGUAGE sql STABLE AS $$
WITH
th AS (SELECT "laggingShare" AS share, "riskShare" AS risk FROM status_thresholds()),
d AS (SELECT DISTINCT x AS as_of FROM unnest(p_dates) AS x),
snap AS (SELECT status_snapshot_dates(p_plan) AS days),
live AS (SELECT coalesce(array_agg(d.as_of), '{}') AS days FROM d CROSS JOIN snap WHERE NOT (d.as_of = ANY(snap.days))),
ta AS (
  SELECT ta.id, ta."strategyId" AS strategy_id, (ta.weight * s.weight)::float8 AS f
  FROM "task_area" ta JOIN "strategy" s ON s.id = ta."strategyId"
  WHERE s."planId" = p_plan AND (p_strategy IS NULL OR s.id = p_strategy)
),
st AS (SELECT s.id FROM "strategy" s WHERE s."planId" = p_plan AND (p_strategy IS NULL OR s.id = p_strategy)),
ms AS (
  SELECT m.id, m."taskAreaId" AS area_id, m.weight::float8 AS w
  FROM "measure" m WHERE m."taskAreaId" IN (SELECT id FROM ta)
),
-- days that are not snapshot days: the measures judged on the spot, or the rows of those days
-- that the caller judged already (p_rows: status_measure_rows() of every measure in scope, so
-- that a page that lists measures and rolls them up judges them once)
item AS (
  SELECT r."asOf" AS as_of, ms.area_id, ms.id, ms.w, r.status, r.progress
  FROM live
  CROSS JOIN LATERAL (
    SELECT x."asOf", x."measureId", x.status, x.progress FROM unnest(p_rows) AS x
    WHERE p_rows IS NOT NULL AND x."asOf" = ANY(live.days)
    UNION ALL
    SELECT y."asOf", y."measureId", y.status, y.progress
    FROM status_measure_rows(live.days, p_plan, CASE WHEN p_strategy IS NULL THEN NULL ELSE ARRAY(SELECT id FROM ms) END, false) AS y
    WHERE p_rows IS NULL
  ) AS r
  JOIN ms ON ms.id = r."measureId"
  WHERE cardinality(live.days) > 0
),
live_area AS (
  SELECT i.as_of, i.area_id,
         (count(i.id) FILTER (WHERE i.w > 0))::int AS n,
         (count(i.id) FILTER (WHERE i.w = 0))::int AS ignored,
         (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'DONE'))::int AS n_done,
         (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'ON_TRACK'))::int AS n_on_track,
         (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'AT_RISK'))::int AS n_at_risk,
         (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'LAGGING'))::int AS n_lagging,
         (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'OVERDUE'))::int AS n_overdue,
         (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'NOT_STARTED'))::int AS n_not_started,
         coalesce(sum(i.w ORDER BY i.id) FILTER (WHERE i.w > 0), 0::float8) AS total,
         coalesce(sum(i.w * i.progress ORDER BY i.id) FILTER (WHERE i.w > 0), 0::float8) AS done,
         coalesce(sum(i.w ORDER BY i.id) FILTER (WHERE i.w > 0 AND i.status IN ('LAGGING', 'OVERDUE')), 0::float8) AS lagging,
         coalesce(sum(i.w ORDER BY i.id) FILTER (WHERE i.w > 0 AND i.status IN ('AT_RISK', 'LAGGING', 'OVERDUE')), 0::float8) AS troubled
  FROM item i
  GROUP BY i.as_of, i.area_id
),
sums AS (
  SELECT a."asOf" AS as_of, a."taskAreaId" AS area_id, a.n, a.ignored, a."nDone" AS n_done, a."nOnTrack" AS n_on_track,
         a."nAtRisk" AS n_at_risk, a."nLagging" AS n_lagging, a."nOverdue" AS n_overdue, a."nNotStarted" AS n_not_started,
         a.total, a.done, a.lagging, a.troubled
  FROM "status_area_sums" a
  -- only the snapshot days asked for, as the index condition (none on a day that is not one)
  WHERE a."asOf" = ANY(ARRAY(SELECT d.as_of FROM d CROSS JOIN snap WHERE d.as_of = ANY(snap.days))) AND a."taskAreaId" IN (SELECT id FROM ta)
  UNION ALL
  SELECT * FROM live_area
),
-- each area's sums times its weight and its strategy's (0: the area's measures are left out)
area AS (
  SELECT d.as_of, ta.id, ta.strategy_id,
         CASE WHEN ta.f > 0 THEN coalesce(x.n, 0) ELSE 0 END AS n,
         CASE WHEN ta.f > 0 THEN coalesce(x.ignored, 0) ELSE coalesce(x.n, 0) + coalesce(x.ignored, 0) END AS ignored,
         CASE WHEN ta.f > 0 THEN coalesce(x.n_done, 0) ELSE 0 END AS n_done,
         CASE WHEN ta.f > 0 THEN coalesce(x.n_on_track, 0) ELSE 0 END AS n_on_track,
         CASE WHEN ta.f > 0 THEN coalesce(x.n_at_risk, 0) ELSE 0 END AS n_at_risk,
         CASE WHEN ta.f > 0 THEN coalesce(x.n_lagging, 0) ELSE 0 END AS n_lagging,
         CASE WHEN ta.f > 0 THEN coalesce(x.n_overdue, 0) ELSE 0 END AS n_overdue,
         CASE WHEN ta.f > 0 THEN coalesce(x.n_not_started, 0) ELSE 0 END AS n_not_started,
         CASE WHEN ta.f > 0 THEN ta.f * coalesce(x.total, 0::float8) ELSE 0::float8 END AS total,
         CASE WHEN ta.f > 0 THEN ta.f * coalesce(x.done, 0::float8) ELSE 0::float8 END AS done,
         CASE WHEN ta.f > 0 THEN ta.f * coalesce(x.lagging, 0::float8) ELSE 0::float8 END AS lagging,
         CASE WHEN ta.f > 0 THEN ta.f * coalesce(x.troubled, 0::float8) ELSE 0::float8 END AS troubled
  FROM d CROSS JOIN ta
  LEFT JOIN sums x ON x.as_of = d.as_of AND x.area_id = ta.id
),
strat AS (
  SELECT d.as_of, st.id, st.id AS strategy_id,
         coalesce(sum(a.n), 0)::int AS n, coalesce(sum(a.ignored), 0)::int AS ignored,
         coalesce(sum(a.n_done), 0)::int AS n_done, coalesce(sum(a.n_on_track), 0)::int AS n_on_track,
         coalesce(sum(a.n_at_risk), 0)::int AS n_at_risk, coalesce(sum(a.n_lagging), 0)::int AS n_lagging,
         coalesce(sum(a.n_overdue), 0)::int AS n_overdue, coalesce(sum(a.n_not_started), 0)::int AS n_not_started,
         -- float sums in a fixed order: every query of a day gives the very same doubles
         coalesce(sum(a.total ORDER BY a.id), 0::float8) AS total, coalesce(sum(a.done ORDER BY a.id), 0::float8) AS done,
         coalesce(sum(a.lagging ORDER BY a.id), 0::float8) AS lagging, coalesce(sum(a.troubled ORDER BY a.id), 0::float8) AS troubled
  FROM d CROSS JOIN st
  LEFT JOIN area a ON a.as_of = d.as_of AND a.strategy_id = st.id
  GROUP BY d.as_of, st.id
),
plan_row AS (
  SELECT d.as_of, p_plan AS id, NULL::int AS strategy_id,
         coalesce(sum(s.n), 0)::int AS n, coalesce(sum(s.ignored), 0)::int AS ignored,
         coalesce(sum(s.n_done), 0)::int AS n_done, coalesce(sum(s.n_on_track), 0)::int AS n_on_track,
         coalesce(sum(s.n_at_risk), 0)::int AS n_at_risk, coalesce(sum(s.n_lagging), 0)::int AS n_lagging,
         coalesce(sum(s.n_overdue), 0)::int AS n_overdue, coalesce(sum(s.n_not_started), 0)::int AS n_not_started,
         coalesce(sum(s.total ORDER BY s.id), 0::float8) AS total, coalesce(sum(s.done ORDER BY s.id), 0::float8) AS done,
         coalesce(sum(s.lagging ORDER BY s.id), 0::float8) AS lagging, coalesce(sum(s.troubled ORDER BY s.id), 0::float8) AS troubled
  FROM d LEFT JOIN strat s ON s.as_of = d.as_of
  WHERE p_strategy IS NULL
  GROUP BY d.as_of
),
g AS (
  SELECT 'taskArea' AS level, a.as_of, a.id, a.strategy_id, a.n, a.ignored, a.n_done, a.n_on_track, a.n_at_risk, a.n_lagging, a.n_overdue,
         a.n_not_started, a.total, a.done, a.lagging, a.troubled FROM area a WHERE p_levels IS NULL OR 'taskArea' = ANY(p_levels)
  UNION ALL
  SELECT 'strategy', s.as_of, s.id, s.strategy_id, s.n, s.ignored, s.n_done, s.n_on_track, s.n_at_risk, s.n_lagging, s.n_overdue,
         s.n_not_started, s.total, s.done, s.lagging, s.troubled FROM strat s WHERE p_levels IS NULL OR 'strategy' = ANY(p_levels)
  UNION ALL
  SELECT 'plan', p.as_of, p.id, p.strategy_id, p.n, p.ignored, p.n_done, p.n_on_track, p.n_at_risk, p.n_lagging, p.n_overdue,
         p.n_not_started, p.total, p.done, p.lagging, p.troubled FROM plan_row p WHERE p_levels IS NULL OR 'plan' = ANY(p_levels)
)
SELECT g.as_of, g.level, g.id, g.strategy_id,
       status_name(status_rollup(g.n, g.n_done, g.n_not_started, g.troubled, g.lagging, g.total, th.share, th.risk)),
       CASE WHEN g.n = 0 THEN 0::float8 ELSE g.done / g.total END,
       g.n, g.ignored, g.n_done, g.n_on_track, g.n_at_risk, g.n_lagging, g.n_overdue, g.n_not_started, g.total, g.lagging, g.troubled
FROM g CROSS JOIN th
$$;
