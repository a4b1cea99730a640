-- Issue 13: dashboards at 100 times the demo plan on any day. The rules are unchanged (the oracle
-- tests hold them equal); what changes is how much a day that is not a snapshot day costs:
--   * status_parts joins the measures it judges instead of probing them one by one;
--   * status_measures reads the due day of a report from status_due_month() (below);
--   * punctuality has its own function, status_punctuality(), whose index condition has both
--     bounds (an OR made it read every report before the day), so that a page can ask for it
--     beside the measure rows rather than after them;
--   * status_rollups takes the measure rows a page judged already (p_rows), so that a dashboard
--     that lists measures and rolls them up judges each measure once.

-- "The latest approved report of a measure on a day" (and the latest stating a percentage) is
-- one step of an index that holds what is read: no visit to the table for each measure.
DROP INDEX "progress_report_approved_latest_idx";
CREATE INDEX "progress_report_approved_latest_idx" ON "progress_report" ("measureId", "periodEnd" DESC, "id" DESC)
  INCLUDE ("status", "reviewedAt") WHERE "reviewState" = 'APPROVED';
DROP INDEX "progress_report_approved_percent_idx";
CREATE INDEX "progress_report_approved_percent_idx" ON "progress_report" ("measureId", "periodEnd" DESC, "id" DESC)
  INCLUDE ("percentComplete") WHERE "reviewState" = 'APPROVED' AND "percentComplete" IS NOT NULL;

-- The first day of the month a report is due in (the month after its period ends); it is due
-- on the measure's due day of that month (1–28). Indexed: the reports due between two days are
-- one range of this index.
CREATE FUNCTION status_due_month(p_period_end date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (date_trunc('month', p_period_end::timestamp) + interval '1 month')::date
$$;
CREATE INDEX "progress_report_due_month_idx" ON "progress_report" (status_due_month("periodEnd")) INCLUDE ("measureId", "submittedAt")
  WHERE "submittedAt" IS NOT NULL;
-- (It replaces the index by period end that punctuality read before.)
DROP INDEX "progress_report_submitted_period_idx";

-- The corners of the expected paths of several indicators (status_path_points() of one, which
-- the public trend chart draws, is this for a single indicator).
CREATE FUNCTION status_path_corners(p_indicators int[]) RETURNS TABLE ("indicatorId" int, day date, value float8, k int)
LANGUAGE sql STABLE AS $$
  SELECT i.id, i."baselineDate", i."baselineValue"::float8, 0 FROM "indicator" i WHERE i.id = ANY(p_indicators)
  UNION ALL
  SELECT i.id, make_date(t.year, 12, 31), t.value::float8, 1
  FROM "indicator" i JOIN "indicator_target" t ON t."indicatorId" = i.id
  WHERE i.id = ANY(p_indicators) AND i.kind <> 'MILESTONE'
    AND make_date(t.year, 12, 31) > i."baselineDate" AND make_date(t.year, 12, 31) < i.deadline
  UNION ALL
  SELECT i.id, i.deadline, i."targetValue"::float8, 2 FROM "indicator" i WHERE i.id = ANY(p_indicators)
$$;
CREATE OR REPLACE FUNCTION status_path_points(p_indicator int) RETURNS TABLE (day date, value float8, k int)
LANGUAGE sql STABLE AS $$
  SELECT c.day, c.value, c.k FROM status_path_corners(ARRAY[p_indicator]) AS c
$$;

CREATE OR REPLACE FUNCTION status_parts(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL)
RETURNS TABLE (
  "asOf" date, "measureId" int, kind text, pos int, "indicatorId" int, severity int, rule text,
  progress float8, expected float8, actual float8, shortfall float8,
  "msTotal" int, "msReached" int, "msWorstName" text, "msWorstPlanned" date, "msWorstLate" int,
  "msNextName" text, "msNextPlanned" date,
  "openDeadline" date, "nextDeadline" date, "nextItem" text, reported text, "reportedAt" timestamptz,
  "numeric" boolean, "reportedPercent" float8
)
LANGUAGE sql STABLE AS $$
WITH
th AS (SELECT * FROM status_thresholds()),
pl AS (SELECT "startDate" AS plan_start, "endDate" AS plan_end FROM "plan" WHERE id = p_plan),
d AS (SELECT DISTINCT x AS as_of FROM unnest(p_dates) AS x),
asked AS (SELECT DISTINCT x AS id FROM unnest(p_measures) AS x),
-- the measures judged (those asked for and their children, whose status a parent's derived
-- indicators count); joined, not probed one by one, by the parts below
mm AS MATERIALIZED (
  SELECT m.id, m."parentId" AS parent_id
  FROM "measure" m
  JOIN "task_area" ta ON ta.id = m."taskAreaId"
  JOIN "strategy" s ON s.id = ta."strategyId"
  WHERE s."planId" = p_plan
    AND (p_measures IS NULL OR m.id IN (SELECT id FROM asked) OR m."parentId" IN (SELECT id FROM asked))
),
ind0 AS MATERIALIZED (
  SELECT i.id, i."measureId" AS measure_id, i.name, i.kind::text AS kind, i.comparison::text AS cmp,
         i."baselineValue"::float8 AS base, i."targetValue"::float8 AS target, i."baselineDate" AS bdate,
         i.deadline, i."derivedFromChildren" AS derived, i."order" AS pos
  FROM "indicator" i
  JOIN mm ON mm.id = i."measureId"
),
-- the corners of the expected paths, of all the indicators at once
pts AS (
  SELECT p."indicatorId" AS id, array_agg(p.day ORDER BY p.day, p.k) AS days, array_agg(p.value ORDER BY p.day, p.k) AS vals
  FROM status_path_corners(ARRAY(SELECT id FROM ind0)) AS p
  GROUP BY p."indicatorId"
),
ind AS (
  SELECT ind0.*, pts.days, pts.vals FROM ind0 JOIN pts ON pts.id = ind0.id
),
iv AS (
  SELECT d.as_of, ind.*,
    -- the latest approved report of the measure that has a value for the indicator (one step back
    -- along status_approved_value's key)
    CASE WHEN NOT ind.derived THEN (
      SELECT v.value FROM "status_approved_value" v
      WHERE v."indicatorId" = ind.id AND v."periodEnd" <= d.as_of
      ORDER BY v."periodEnd" DESC, v."reportId" DESC
      LIMIT 1
    ) END AS actual,
    -- expectedValueAt
    CASE
      WHEN ind.kind = 'MILESTONE' OR ind.deadline <= ind.bdate THEN CASE WHEN d.as_of >= ind.deadline THEN ind.target ELSE ind.base END
      WHEN d.as_of <= ind.bdate THEN ind.base
      WHEN d.as_of >= ind.deadline THEN ind.target
      ELSE (
        SELECT s.av + ((s.bv - s.av) * (d.as_of - s.ad)::float8) / (s.bd - s.ad)::float8
        FROM unnest(ind.days[1:cardinality(ind.days) - 1], ind.vals[1:cardinality(ind.vals) - 1], ind.days[2:], ind.vals[2:])
             WITH ORDINALITY AS s(ad, av, bd, bv, o)
        WHERE d.as_of <= s.bd
        ORDER BY s.o
        LIMIT 1
      )
    END AS expected
  FROM d CROSS JOIN ind
),
ip AS (
  SELECT iv.as_of, iv.measure_id, iv.id, iv.pos, iv.name, iv.deadline, iv.actual, iv.expected, j.severity, j.rule, j.progress, j.shortfall,
         iv.kind <> 'MILESTONE' AS numeric
  FROM iv CROSS JOIN th CROSS JOIN pl
  CROSS JOIN LATERAL status_judge_indicator(iv.cmp, iv.base, iv.target, iv.deadline, iv.as_of, pl.plan_start, iv.actual, iv.expected, th."atRisk", th.lagging) AS j
  WHERE NOT iv.derived
),
msr AS (
  SELECT d.as_of, ms."measureId" AS measure_id, ms.name, ms."plannedDate" AS planned,
         (ms."actualDate" IS NOT NULL AND ms."actualDate" <= d.as_of) AS reached,
         row_number() OVER (PARTITION BY d.as_of, ms."measureId" ORDER BY ms."plannedDate", ms."order") AS pos,
         count(*) OVER (PARTITION BY d.as_of, ms."measureId") AS total
  FROM d CROSS JOIN "milestone" ms
  JOIN mm ON mm.id = ms."measureId"
),
msl AS (
  SELECT msr.*, msr.as_of - msr.planned AS late,
         CASE WHEN NOT msr.reached AND msr.as_of >= pl.plan_end THEN 5
              WHEN NOT msr.reached AND msr.as_of - msr.planned > 0 THEN
           CASE WHEN msr.as_of - msr.planned <= th."graceDays" THEN 3 WHEN msr.pos = msr.total THEN 5 ELSE 4 END
         END AS severity
  FROM msr CROSS JOIN th CROSS JOIN pl
),
mp AS (
  SELECT as_of, measure_id, max(total)::int AS total, (count(*) FILTER (WHERE reached))::int AS reached, max(severity) AS worst,
         (array_agg(name ORDER BY severity DESC, late DESC, pos) FILTER (WHERE severity IS NOT NULL))[1] AS worst_name,
         (array_agg(planned ORDER BY severity DESC, late DESC, pos) FILTER (WHERE severity IS NOT NULL))[1] AS worst_planned,
         (array_agg(late ORDER BY severity DESC, late DESC, pos) FILTER (WHERE severity IS NOT NULL))[1] AS worst_late,
         (array_agg(name ORDER BY pos) FILTER (WHERE NOT reached))[1] AS next_name,
         (array_agg(planned ORDER BY pos) FILTER (WHERE NOT reached))[1] AS next_planned,
         min(planned) FILTER (WHERE NOT reached) AS open_deadline,
         min(planned) FILTER (WHERE NOT reached AND planned >= as_of) AS next_deadline,
         (array_agg(name ORDER BY planned, pos) FILTER (WHERE NOT reached AND planned >= as_of))[1] AS next_item
  FROM msl
  GROUP BY as_of, measure_id
),
mpj AS (
  SELECT mp.*,
         CASE WHEN mp.reached = mp.total THEN 0 WHEN mp.worst IS NOT NULL THEN mp.worst WHEN mp.reached = 0 THEN 1 ELSE 2 END AS severity,
         mp.reached::float8 / mp.total::float8 AS progress
  FROM mp
),
rep AS (
  SELECT d.as_of, mm.id AS measure_id, mm.parent_id, r.status::text AS reported, r."reviewedAt" AS reported_at,
         (SELECT r2."percentComplete"::float8 FROM "progress_report" r2
          WHERE r2."measureId" = mm.id AND r2."reviewState" = 'APPROVED' AND r2."periodEnd" <= d.as_of AND r2."percentComplete" IS NOT NULL
          ORDER BY r2."periodEnd" DESC, r2.id DESC LIMIT 1) AS percent
  FROM d CROSS JOIN mm
  LEFT JOIN LATERAL (
    SELECT r.status, r."reviewedAt"
    FROM "progress_report" r
    WHERE r."measureId" = mm.id AND r."reviewState" = 'APPROVED' AND r."periodEnd" <= d.as_of
    ORDER BY r."periodEnd" DESC, r.id DESC
    LIMIT 1
  ) AS r ON true
),
child AS (
  SELECT rep.as_of, rep.parent_id,
         status_measure_severity(own.n, own.n_done, own.n_not_started, own.worst, rep.reported, rep.as_of, pl.plan_start, pl.plan_end) AS severity
  FROM rep CROSS JOIN pl
  LEFT JOIN (
    SELECT as_of, measure_id, count(*)::int AS n, (count(*) FILTER (WHERE severity = 0))::int AS n_done,
           (count(*) FILTER (WHERE severity = 1))::int AS n_not_started, max(severity) AS worst
    FROM (SELECT as_of, measure_id, severity FROM ip UNION ALL SELECT as_of, measure_id, severity FROM mpj) AS x
    GROUP BY as_of, measure_id
  ) AS own ON own.as_of = rep.as_of AND own.measure_id = rep.measure_id
  WHERE rep.parent_id IS NOT NULL
),
kids AS (
  SELECT as_of, parent_id, count(*)::int AS n, (count(*) FILTER (WHERE severity = 0))::int AS done FROM child GROUP BY as_of, parent_id
),
dp AS (
  SELECT iv.as_of, iv.measure_id, iv.id, iv.pos, iv.name, iv.deadline, x.actual, iv.expected, j.severity, j.rule, j.progress, j.shortfall,
         iv.kind <> 'MILESTONE' AS numeric
  FROM iv CROSS JOIN th CROSS JOIN pl
  LEFT JOIN kids k ON k.as_of = iv.as_of AND k.parent_id = iv.measure_id
  CROSS JOIN LATERAL (
    SELECT (CASE WHEN iv.kind = 'MILESTONE' THEN CASE WHEN k.n > 0 AND k.done = k.n THEN 1 ELSE 0 END ELSE coalesce(k.done, 0) END)::float8 AS actual
  ) AS x
  CROSS JOIN LATERAL status_judge_indicator(iv.cmp, iv.base, iv.target, iv.deadline, iv.as_of, pl.plan_start, x.actual, iv.expected, th."atRisk", th.lagging) AS j
  WHERE iv.derived
)
SELECT p.as_of, p.measure_id, 'I', p.pos, p.id, p.severity, p.rule, p.progress, p.expected, p.actual, p.shortfall,
       NULL::int, NULL::int, NULL::text, NULL::date, NULL::int, NULL::text, NULL::date,
       CASE WHEN p.severity <> 0 THEN p.deadline END,
       CASE WHEN p.severity <> 0 AND p.deadline >= p.as_of THEN p.deadline END,
       CASE WHEN p.severity <> 0 AND p.deadline >= p.as_of THEN p.name END,
       NULL::text, NULL::timestamptz, p.numeric, NULL::float8
FROM (SELECT * FROM ip UNION ALL SELECT * FROM dp) AS p
WHERE p_measures IS NULL OR p.measure_id IN (SELECT id FROM asked)
UNION ALL
SELECT m.as_of, m.measure_id, 'M', 2147483647, NULL, m.severity, NULL, m.progress, NULL, NULL, NULL,
       m.total, m.reached, m.worst_name, m.worst_planned, m.worst_late, m.next_name, m.next_planned,
       m.open_deadline, m.next_deadline, m.next_item, NULL, NULL, NULL, NULL
FROM mpj AS m
WHERE p_measures IS NULL OR m.measure_id IN (SELECT id FROM asked)
UNION ALL
SELECT r.as_of, r.measure_id, 'Q', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r.reported, r.reported_at, NULL, r.percent
FROM rep AS r
WHERE p_measures IS NULL OR r.measure_id IN (SELECT id FROM asked)
$$;

CREATE OR REPLACE FUNCTION status_measures(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL)
RETURNS SETOF "status_measure_snapshot"
LANGUAGE sql STABLE AS $$
WITH
pa AS (SELECT * FROM status_parts(p_dates, p_plan, p_measures)),
pl AS (SELECT "startDate" AS plan_start, "endDate" AS plan_end FROM "plan" WHERE id = p_plan),
agg AS (
  SELECT "asOf" AS as_of, "measureId" AS measure_id,
         (count(*) FILTER (WHERE kind <> 'Q'))::int AS n,
         (count(*) FILTER (WHERE kind <> 'Q' AND severity = 0))::int AS n0,
         (count(*) FILTER (WHERE kind <> 'Q' AND severity = 1))::int AS n1,
         (count(*) FILTER (WHERE kind <> 'Q' AND severity = 2))::int AS n2,
         (count(*) FILTER (WHERE kind <> 'Q' AND severity = 3))::int AS n3,
         (count(*) FILTER (WHERE kind <> 'Q' AND severity = 4))::int AS n4,
         (count(*) FILTER (WHERE kind <> 'Q' AND severity = 5))::int AS n5,
         max(severity) FILTER (WHERE kind <> 'Q') AS worst,
         (count(*) FILTER (WHERE kind = 'I' AND "numeric"))::int AS n_numeric,
         max("reportedPercent") FILTER (WHERE kind = 'Q') AS percent,
         sum(progress ORDER BY pos) FILTER (WHERE kind <> 'Q') AS progress_sum,
         min("openDeadline") AS deadline,
         min("nextDeadline") AS next_deadline,
         (array_agg("nextItem" ORDER BY "nextDeadline", pos) FILTER (WHERE "nextDeadline" IS NOT NULL))[1] AS next_item,
         max(reported) FILTER (WHERE kind = 'Q') AS reported,
         max("reportedAt") FILTER (WHERE kind = 'Q') AS reported_at,
         max("msTotal") FILTER (WHERE kind = 'M') AS ms_total,
         max("msReached") FILTER (WHERE kind = 'M') AS ms_reached,
         max("msWorstName") FILTER (WHERE kind = 'M') AS ms_worst_name,
         max("msWorstPlanned") FILTER (WHERE kind = 'M') AS ms_worst_planned,
         max("msWorstLate") FILTER (WHERE kind = 'M') AS ms_worst_late,
         max("msNextName") FILTER (WHERE kind = 'M') AS ms_next_name,
         max("msNextPlanned") FILTER (WHERE kind = 'M') AS ms_next_planned
  FROM pa
  GROUP BY "asOf", "measureId"
),
-- the part the reason names: the first of the worst (judgeMeasure's reduce)
worst AS (
  SELECT DISTINCT ON ("asOf", "measureId") "asOf" AS as_of, "measureId" AS measure_id, kind, "indicatorId", rule, expected, actual, shortfall
  FROM pa
  WHERE kind <> 'Q'
  ORDER BY "asOf", "measureId", severity DESC, pos
),
dts AS (SELECT array_agg(x ORDER BY x) AS arr FROM (SELECT DISTINCT unnest(p_dates) AS x) AS u),
rpt AS (
  SELECT r."measureId" AS measure_id,
         status_due_month(r."periodEnd") + (m."dueDay" - 1) AS due,
         (r."submittedAt" AT TIME ZONE 'Asia/Shanghai')::date AS submitted
  FROM "progress_report" r
  JOIN "measure" m ON m.id = r."measureId"
  JOIN "task_area" ta ON ta.id = m."taskAreaId"
  JOIN "strategy" s ON s.id = ta."strategyId"
  WHERE r."submittedAt" IS NOT NULL AND s."planId" = p_plan
    AND (p_measures IS NULL OR r."measureId" IN (SELECT unnest(p_measures)))
),
-- each report counts from the first day asked for that is on or after its due day
rb AS (
  SELECT rpt.measure_id, dts.arr[width_bucket(rpt.due - 1, dts.arr) + 1] AS bucket,
         count(*)::int AS n, (count(*) FILTER (WHERE rpt.submitted <= rpt.due))::int AS k
  FROM rpt CROSS JOIN dts
  GROUP BY 1, 2
),
tl AS (
  SELECT agg.as_of, agg.measure_id,
         sum(rb.n) OVER w AS due_n, sum(rb.k) OVER w AS on_time
  FROM agg
  LEFT JOIN rb ON rb.measure_id = agg.measure_id AND rb.bucket = agg.as_of
  WINDOW w AS (PARTITION BY agg.measure_id ORDER BY agg.as_of)
),
judged AS (
  SELECT agg.*,
         status_measure_severity(agg.n, agg.n0, agg.n1, agg.worst, agg.reported, agg.as_of, pl.plan_start, pl.plan_end) AS severity,
         agg.as_of >= pl.plan_end AS ended,
         CASE WHEN agg.n_numeric > 0 THEN 'indicators' WHEN coalesce(agg.ms_total, 0) > 0 THEN 'milestones'
              WHEN agg.percent IS NOT NULL THEN 'reported' ELSE 'none' END AS basis
  FROM agg CROSS JOIN pl
)
SELECT j.as_of, j.measure_id, status_name(j.severity),
       CASE WHEN j.severity = 0 THEN 1::float8
            WHEN j.basis = 'indicators' THEN j.progress_sum / j.n::float8
            WHEN j.basis = 'milestones' THEN j.ms_reached::float8 / j.ms_total::float8
            WHEN j.basis = 'reported' THEN least(greatest(j.percent / 100::float8, 0::float8), 1::float8)
            ELSE 0::float8 END,
       j.n, j.n0, j.n2, j.n3, j.n4, j.n5, j.n1,
       j.reported, w.kind, w."indicatorId", w.rule, w.expected, w.actual, w.shortfall,
       coalesce(j.ms_total, 0), coalesce(j.ms_reached, 0), j.ms_worst_name, j.ms_worst_planned, j.ms_worst_late,
       j.ms_next_name, j.ms_next_planned,
       j.deadline, j.next_deadline, j.next_item, j.reported_at,
       coalesce(tl.due_n, 0)::int, coalesce(tl.on_time, 0)::int,
       j.basis, j.percent, j.ended
FROM judged j
LEFT JOIN worst w ON w.as_of = j.as_of AND w.measure_id = j.measure_id
LEFT JOIN tl ON tl.as_of = j.as_of AND tl.measure_id = j.measure_id
$$;

-- Punctuality of each measure on each day: submitted reports due by the day (the month after
-- the period's end, on the measure's due day) and how many came by their due day (Asia/Shanghai):
-- the count of the last snapshot day on or before the day, plus the reports due since. On a
-- snapshot day it is the snapshot's count. Reads only.
CREATE FUNCTION status_punctuality(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL)
RETURNS TABLE ("asOf" date, "measureId" int, "reportsDue" int, "reportsOnTime" int)
LANGUAGE sql STABLE AS $$
WITH
snap AS (SELECT status_snapshot_dates(p_plan) AS days),
base AS MATERIALIZED (
  SELECT d.as_of, (SELECT max(s) FROM unnest(snap.days) AS s WHERE s <= d.as_of) AS day
  FROM (SELECT DISTINCT x AS as_of FROM unnest(p_dates) AS x) AS d CROSS JOIN snap
),
mm AS MATERIALIZED (
  SELECT m.id, m."dueDay" AS due_day
  FROM "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" s ON s.id = ta."strategyId"
  WHERE s."planId" = p_plan AND (p_measures IS NULL OR m.id IN (SELECT unnest(p_measures)))
),
since AS (
  SELECT base.as_of, r.measure_id, count(*)::int AS n, (count(*) FILTER (WHERE r.submitted <= r.due))::int AS k
  FROM (SELECT * FROM base WHERE base.day IS DISTINCT FROM base.as_of) AS base -- not on a snapshot day
  CROSS JOIN LATERAL (
    SELECT r."measureId" AS measure_id, status_due_month(r."periodEnd") + (mm.due_day - 1) AS due,
           (r."submittedAt" AT TIME ZONE 'Asia/Shanghai')::date AS submitted
    FROM "progress_report" r JOIN mm ON mm.id = r."measureId"
    WHERE r."submittedAt" IS NOT NULL
      -- due in (day, as_of] with a due day of 1–28: its month begins in (day − 28, as_of]
      AND status_due_month(r."periodEnd") <= base.as_of AND status_due_month(r."periodEnd") > coalesce(base.day - 28, '-infinity'::date)
  ) AS r
  WHERE r.due <= base.as_of AND (base.day IS NULL OR r.due > base.day)
  GROUP BY base.as_of, r.measure_id
)
SELECT base.as_of, mm.id, (coalesce(sn."reportsDue", 0) + coalesce(since.n, 0))::int, (coalesce(sn."reportsOnTime", 0) + coalesce(since.k, 0))::int
FROM base CROSS JOIN mm
LEFT JOIN (
  -- the rows of the snapshot days needed, by the key's first column
  SELECT x."asOf", x."measureId", x."reportsDue", x."reportsOnTime" FROM "status_measure_snapshot" x WHERE x."asOf" IN (SELECT day FROM base)
) AS sn ON sn."asOf" = base.day AND sn."measureId" = mm.id
LEFT JOIN since ON since.as_of = base.as_of AND since.measure_id = mm.id
$$;

CREATE OR REPLACE FUNCTION status_measure_rows(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL, p_punctuality boolean DEFAULT true)
RETURNS SETOF "status_measure_snapshot"
LANGUAGE plpgsql STABLE SET jit = off SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  v_snapshot date[] := status_snapshot_dates(p_plan);
  v_snap date[] := ARRAY(SELECT DISTINCT x FROM unnest(p_dates) AS x WHERE x = ANY(v_snapshot));
  v_live date[] := ARRAY(SELECT DISTINCT x FROM unnest(p_dates) AS x WHERE NOT (x = ANY(v_snapshot)));
BEGIN
  IF cardinality(v_snap) > 0 THEN
    RETURN QUERY
      SELECT s.* FROM "status_measure_snapshot" s
      WHERE s."asOf" = ANY(v_snap)
        AND s."measureId" IN (
          SELECT m.id FROM "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" st ON st.id = ta."strategyId"
          WHERE st."planId" = p_plan AND (p_measures IS NULL OR m.id IN (SELECT unnest(p_measures))));
  END IF;
  IF cardinality(v_live) > 0 AND NOT p_punctuality THEN
    -- Roll-ups need no punctuality: reportsDue and reportsOnTime are 0 here.
    RETURN QUERY
    SELECT x."asOf", x."measureId", x.status, x.progress, x.parts, x."nDone", x."nOnTrack", x."nAtRisk", x."nLagging",
           x."nOverdue", x."nNotStarted", x.reported, x."worstKind", x."worstIndicatorId", x."worstRule", x."worstExpected",
           x."worstActual", x."worstShortfall", x."msTotal", x."msReached", x."msWorstName", x."msWorstPlanned", x."msWorstLate",
           x."msNextName", x."msNextPlanned", x.deadline, x."nextDeadline", x."nextItem", x."lastApprovedAt",
           0, 0, x."progressBasis", x."reportedPercent", x."planEnded"
    FROM status_measures(v_live, p_plan, p_measures) AS x;
  ELSIF cardinality(v_live) > 0 THEN
    -- Punctuality on other days: status_punctuality() (the last snapshot day's count plus the
    -- reports due since).
    RETURN QUERY
    SELECT x."asOf", x."measureId", x.status, x.progress, x.parts, x."nDone", x."nOnTrack", x."nAtRisk", x."nLagging",
           x."nOverdue", x."nNotStarted", x.reported, x."worstKind", x."worstIndicatorId", x."worstRule", x."worstExpected",
           x."worstActual", x."worstShortfall", x."msTotal", x."msReached", x."msWorstName", x."msWorstPlanned", x."msWorstLate",
           x."msNextName", x."msNextPlanned", x.deadline, x."nextDeadline", x."nextItem", x."lastApprovedAt",
           coalesce(pu."reportsDue", 0), coalesce(pu."reportsOnTime", 0),
           x."progressBasis", x."reportedPercent", x."planEnded"
    FROM status_measures(v_live, p_plan, p_measures) AS x
    LEFT JOIN status_punctuality(v_live, p_plan, p_measures) AS pu ON pu."asOf" = x."asOf" AND pu."measureId" = x."measureId";
  END IF;
END
$$;

DROP FUNCTION status_rollups(date[], int, int, text[]);
CREATE FUNCTION status_rollups(p_dates date[], p_plan int, p_strategy int DEFAULT NULL, p_levels text[] DEFAULT NULL, p_rows "status_measure_snapshot"[] DEFAULT NULL)
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
  FROM "status_area_sums" a CROSS JOIN snap
  WHERE a."asOf" IN (SELECT as_of FROM d) AND a."asOf" = ANY(snap.days) AND a."taskAreaId" IN (SELECT id FROM ta)
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
