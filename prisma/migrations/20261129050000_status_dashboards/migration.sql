-- CreateTable
CREATE TABLE "status_measure_snapshot" (
    "asOf" DATE NOT NULL,
    "measureId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "progress" DOUBLE PRECISION NOT NULL,
    "parts" INTEGER NOT NULL,
    "nDone" INTEGER NOT NULL,
    "nOnTrack" INTEGER NOT NULL,
    "nAtRisk" INTEGER NOT NULL,
    "nLagging" INTEGER NOT NULL,
    "nOverdue" INTEGER NOT NULL,
    "nNotStarted" INTEGER NOT NULL,
    "reported" TEXT,
    "worstKind" TEXT,
    "worstIndicatorId" INTEGER,
    "worstRule" TEXT,
    "worstExpected" DOUBLE PRECISION,
    "worstActual" DOUBLE PRECISION,
    "worstShortfall" DOUBLE PRECISION,
    "msTotal" INTEGER NOT NULL,
    "msReached" INTEGER NOT NULL,
    "msWorstName" TEXT,
    "msWorstPlanned" DATE,
    "msWorstLate" INTEGER,
    "msNextName" TEXT,
    "msNextPlanned" DATE,
    "deadline" DATE,
    "nextDeadline" DATE,
    "nextItem" TEXT,
    "lastApprovedAt" TIMESTAMPTZ(3),
    "reportsDue" INTEGER NOT NULL,
    "reportsOnTime" INTEGER NOT NULL,

    CONSTRAINT "status_measure_snapshot_pkey" PRIMARY KEY ("asOf","measureId")
);

-- CreateTable
CREATE TABLE "status_task_area_snapshot" (
    "asOf" DATE NOT NULL,
    "taskAreaId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "progress" DOUBLE PRECISION NOT NULL,
    "items" INTEGER NOT NULL,
    "ignored" INTEGER NOT NULL,
    "nDone" INTEGER NOT NULL,
    "nOnTrack" INTEGER NOT NULL,
    "nAtRisk" INTEGER NOT NULL,
    "nLagging" INTEGER NOT NULL,
    "nOverdue" INTEGER NOT NULL,
    "nNotStarted" INTEGER NOT NULL,
    "weightTotal" DOUBLE PRECISION NOT NULL,
    "laggingWeight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "status_task_area_snapshot_pkey" PRIMARY KEY ("asOf","taskAreaId")
);

-- CreateTable
CREATE TABLE "status_stale_measure" (
    "measureId" INTEGER NOT NULL,

    CONSTRAINT "status_stale_measure_pkey" PRIMARY KEY ("measureId")
);

-- CreateTable
CREATE TABLE "status_stale_task_area" (
    "taskAreaId" INTEGER NOT NULL,

    CONSTRAINT "status_stale_task_area_pkey" PRIMARY KEY ("taskAreaId")
);

-- CreateIndex
CREATE INDEX "status_measure_snapshot_measureId_idx" ON "status_measure_snapshot"("measureId");

-- CreateIndex
CREATE INDEX "status_task_area_snapshot_taskAreaId_idx" ON "status_task_area_snapshot"("taskAreaId");


-- ===========================================================================================
-- The status engine in SQL (issue 5). The same rules and the same floating-point arithmetic as
-- lib/domain (docs/status.md, section 九): tests/integration/status-sql.test.ts compares both on
-- random plans. Reasons are worded in TypeScript (lib/dal/status/reasons.ts) from the numbers
-- returned here, with lib/domain's own wording functions.
--
--   status_parts(dates, plan, measures)      each indicator, the milestones and the latest approved
--                                             report of each measure on each day
--   status_measures(dates, plan, measures)   each measure on each day (judgeMeasure)
--   status_area_rollups(…)                   each task area's roll-up of its measures (rollUp)
--   status_rollups(dates, plan, strategy)    task areas, strategies and the plan (rollUp of rollUps)
--   status_measure_rows(dates, plan, measures) measures from the snapshot, or computed for other days
--   status_refresh()                         rebuilds the snapshot rows of stale measures
--
-- Statuses are handled as severities, lib/domain's SEVERITY: 0 DONE, 1 NOT_STARTED, 2 ON_TRACK,
-- 3 AT_RISK, 4 LAGGING, 5 OVERDUE. Numbers are float8 and every formula keeps the operand order
-- of the TypeScript, so both produce the very same doubles.
-- ===========================================================================================

ALTER TABLE "status_measure_snapshot" ADD CONSTRAINT "status_measure_snapshot_status_check"
  CHECK ("status" IN ('DONE', 'NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'LAGGING', 'OVERDUE'));
ALTER TABLE "status_task_area_snapshot" ADD CONSTRAINT "status_task_area_snapshot_status_check"
  CHECK ("status" IN ('DONE', 'NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'LAGGING', 'OVERDUE'));

-- The latest approved report of a measure on a day: one backward index step.
CREATE INDEX "progress_report_approved_latest_idx" ON "progress_report" ("measureId", "periodEnd" DESC, "id" DESC)
  WHERE "reviewState" = 'APPROVED';
-- Reports that fell due between two days (punctuality on days between snapshot days).
CREATE INDEX "progress_report_submitted_period_idx" ON "progress_report" ("periodEnd") WHERE "submittedAt" IS NOT NULL;

CREATE FUNCTION status_name(p_severity int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (ARRAY['DONE', 'NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'LAGGING', 'OVERDUE'])[p_severity + 1]
$$;

CREATE FUNCTION status_severity(p_status text) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_position(ARRAY['DONE', 'NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'LAGGING', 'OVERDUE'], p_status) - 1
$$;

-- Setting "status.thresholds", else DEFAULT_THRESHOLDS (lib/domain/status.ts).
CREATE FUNCTION status_thresholds() RETURNS TABLE ("atRisk" float8, "lagging" float8, "graceDays" int)
LANGUAGE sql STABLE AS $$
  SELECT coalesce((s."value" ->> 'atRisk')::float8, 0.1::float8),
         coalesce((s."value" ->> 'lagging')::float8, 0.25::float8),
         coalesce((s."value" ->> 'milestoneGraceDays')::int, 30)
  FROM (SELECT 1) AS one LEFT JOIN "setting" s ON s."key" = 'status.thresholds'
$$;

-- isTargetMet (lib/domain/expected-path.ts).
CREATE FUNCTION status_met(p_cmp text, p_target float8, p_value float8) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE p_cmp
    WHEN 'GTE' THEN p_value >= p_target
    WHEN 'GT' THEN p_value > p_target
    WHEN 'EQ' THEN abs(p_value - p_target) < 1e-9::float8
    ELSE p_value <= p_target
  END
$$;

-- distanceFraction: share of the baseline → target distance covered, clamped to [0, 1].
CREATE FUNCTION status_distance(p_cmp text, p_base float8, p_target float8, p_value float8) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN p_target - p_base = 0 THEN CASE WHEN status_met(p_cmp, p_target, p_value) THEN 1::float8 ELSE 0::float8 END
    WHEN (p_value - p_base) / (p_target - p_base) < 0 THEN 0::float8
    WHEN (p_value - p_base) / (p_target - p_base) > 1 THEN 1::float8
    ELSE (p_value - p_base) / (p_target - p_base)
  END
$$;

-- judgeIndicator's rules 1–5, given the actual (null: nothing approved) and expected values.
CREATE FUNCTION status_judge_indicator(
  p_cmp text, p_base float8, p_target float8, p_deadline date, p_as_of date, p_plan_start date,
  p_actual float8, p_expected float8, p_at_risk float8, p_lagging float8
) RETURNS TABLE (severity int, rule text, progress float8, shortfall float8)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT
    CASE
      WHEN x.met THEN 0
      WHEN p_as_of > p_deadline THEN 5
      WHEN p_as_of < p_plan_start THEN 1
      WHEN p_actual IS NULL THEN CASE WHEN x.e_share <= p_at_risk + 1e-9::float8 THEN 1 ELSE 4 END
      WHEN x.e_share - x.a_share <= p_at_risk + 1e-9::float8 THEN 2
      WHEN x.e_share - x.a_share <= p_lagging + 1e-9::float8 THEN 3
      ELSE 4
    END,
    CASE
      WHEN x.met THEN 'done'
      WHEN p_as_of > p_deadline THEN 'overdue'
      WHEN p_as_of < p_plan_start THEN 'preplan'
      WHEN p_actual IS NULL THEN 'nodata'
      ELSE 'path'
    END,
    CASE WHEN x.met THEN 1::float8 ELSE x.a_share END,
    x.e_share - x.a_share
  FROM (
    SELECT p_actual IS NOT NULL AND status_met(p_cmp, p_target, p_actual) AS met,
           status_distance(p_cmp, p_base, p_target, p_expected) AS e_share,
           CASE WHEN p_actual IS NULL THEN 0::float8 ELSE status_distance(p_cmp, p_base, p_target, p_actual) END AS a_share
  ) AS x
$$;

-- combineStatuses for a measure of n ≥ 1 parts: the worst problem, else all not started,
-- else all done, else on track.
CREATE FUNCTION status_combine(p_n int, p_done int, p_not_started int, p_worst int) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN p_worst >= 3 THEN p_worst WHEN p_n = 0 OR p_not_started = p_n THEN 1 WHEN p_done = p_n THEN 0 ELSE 2 END
$$;

-- rollUp's steps 1–6 (lib/domain/roll-up.ts; LAGGING_SHARE = 0.2).
CREATE FUNCTION status_rollup(p_n int, p_done int, p_not_started int, p_troubled int, p_lagging float8, p_total float8) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN p_n = 0 THEN 1
    WHEN p_done = p_n THEN 0
    WHEN p_lagging > 0 AND p_lagging / p_total >= 0.2::float8 - 1e-9::float8 THEN 4
    WHEN p_troubled > 0 THEN 3
    WHEN p_not_started = p_n THEN 1
    ELSE 2
  END
$$;

-- The days a plan's snapshot holds: every quarter-end from the eve of the plan to its last quarter.
CREATE FUNCTION status_snapshot_dates(p_plan int) RETURNS date[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(x.day ORDER BY x.day), '{}')
  FROM "plan" p
  CROSS JOIN LATERAL generate_series(date_trunc('quarter', (p."startDate" - 1)::timestamp), date_trunc('quarter', p."endDate"::timestamp), interval '3 months') AS g
  CROSS JOIN LATERAL (SELECT (g + interval '3 months' - interval '1 day')::date AS day) AS x
  WHERE p.id = p_plan AND x.day >= p."startDate" - 1
$$;

-- Every part of every measure asked for, on every day asked for:
--   kind 'I'  an indicator (judgeIndicator); pos = its order
--   kind 'M'  the measure's milestones together (judgeMilestones); pos after the indicators
--   kind 'Q'  the latest approved report (for qualitative measures and lastApprovedAt)
-- A derived indicator ("由子项目汇总") counts the measure's children that are DONE (a yes/no one
-- is 1 once all are); children are judged on their own indicators and milestones for it.
CREATE FUNCTION status_parts(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL)
RETURNS TABLE (
  "asOf" date, "measureId" int, kind text, pos int, "indicatorId" int, severity int, rule text,
  progress float8, expected float8, actual float8, shortfall float8,
  "msTotal" int, "msReached" int, "msWorstName" text, "msWorstPlanned" date, "msWorstLate" int,
  "msNextName" text, "msNextPlanned" date,
  "openDeadline" date, "nextDeadline" date, "nextItem" text, reported text, "reportedAt" timestamptz
)
LANGUAGE sql STABLE AS $$
WITH
th AS (SELECT * FROM status_thresholds()),
pl AS (SELECT "startDate" AS plan_start FROM "plan" WHERE id = p_plan),
d AS (SELECT DISTINCT x AS as_of FROM unnest(p_dates) AS x),
asked AS (SELECT DISTINCT x AS id FROM unnest(p_measures) AS x),
mm AS (
  SELECT m.id, m."parentId" AS parent_id
  FROM "measure" m
  JOIN "task_area" ta ON ta.id = m."taskAreaId"
  JOIN "strategy" s ON s.id = ta."strategyId"
  WHERE s."planId" = p_plan
    AND (p_measures IS NULL OR m.id IN (SELECT id FROM asked) OR m."parentId" IN (SELECT id FROM asked))
),
ind AS (
  SELECT i.id, i."measureId" AS measure_id, i.name, i.kind::text AS kind, i.comparison::text AS cmp,
         i."baselineValue"::float8 AS base, i."targetValue"::float8 AS target, i."baselineDate" AS bdate,
         i.deadline, i."derivedFromChildren" AS derived, i."order" AS pos, pts.days, pts.vals
  FROM "indicator" i
  -- the corners of the expected path (pathPoints): baseline, yearly targets strictly between, target
  CROSS JOIN LATERAL (
    SELECT array_agg(p.day ORDER BY p.day, p.k) AS days, array_agg(p.val ORDER BY p.day, p.k) AS vals
    FROM (
      SELECT i."baselineDate" AS day, i."baselineValue"::float8 AS val, 0 AS k
      UNION ALL
      SELECT make_date(t.year, 12, 31), t.value::float8, 1
      FROM "indicator_target" t
      WHERE t."indicatorId" = i.id AND i.kind <> 'MILESTONE'
        AND make_date(t.year, 12, 31) > i."baselineDate" AND make_date(t.year, 12, 31) < i.deadline
      UNION ALL
      SELECT i.deadline, i."targetValue"::float8, 2
    ) AS p
  ) AS pts
  WHERE i."measureId" IN (SELECT id FROM mm)
),
iv AS (
  SELECT d.as_of, ind.*,
    -- the latest approved report of the measure that has a value for the indicator (the ordered
    -- index is walked back from the day and stops at the first one)
    CASE WHEN NOT ind.derived THEN (
      SELECT (SELECT pv.value::float8 FROM "progress_value" pv WHERE pv."reportId" = r.id AND pv."indicatorId" = ind.id)
      FROM "progress_report" r
      WHERE r."measureId" = ind.measure_id AND r."reviewState" = 'APPROVED' AND r."periodEnd" <= d.as_of
        AND EXISTS (SELECT 1 FROM "progress_value" pv WHERE pv."reportId" = r.id AND pv."indicatorId" = ind.id)
      ORDER BY r."periodEnd" DESC, r.id DESC
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
  SELECT iv.as_of, iv.measure_id, iv.id, iv.pos, iv.name, iv.deadline, iv.actual, iv.expected, j.severity, j.rule, j.progress, j.shortfall
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
  WHERE ms."measureId" IN (SELECT id FROM mm)
),
msl AS (
  SELECT msr.*, msr.as_of - msr.planned AS late,
         CASE WHEN NOT msr.reached AND msr.as_of - msr.planned > 0 THEN
           CASE WHEN msr.as_of - msr.planned <= th."graceDays" THEN 3 WHEN msr.pos = msr.total THEN 5 ELSE 4 END
         END AS severity
  FROM msr CROSS JOIN th
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
  SELECT d.as_of, mm.id AS measure_id, mm.parent_id, r.status::text AS reported, r."reviewedAt" AS reported_at
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
         CASE WHEN own.n IS NULL THEN CASE WHEN rep.as_of < pl.plan_start OR rep.reported IS NULL THEN 1 ELSE status_severity(rep.reported) END
              ELSE status_combine(own.n, own.n_done, own.n_not_started, own.worst) END AS severity
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
  SELECT iv.as_of, iv.measure_id, iv.id, iv.pos, iv.name, iv.deadline, x.actual, iv.expected, j.severity, j.rule, j.progress, j.shortfall
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
       NULL::text, NULL::timestamptz
FROM (SELECT * FROM ip UNION ALL SELECT * FROM dp) AS p
WHERE p_measures IS NULL OR p.measure_id IN (SELECT id FROM asked)
UNION ALL
SELECT m.as_of, m.measure_id, 'M', 2147483647, NULL, m.severity, NULL, m.progress, NULL, NULL, NULL,
       m.total, m.reached, m.worst_name, m.worst_planned, m.worst_late, m.next_name, m.next_planned,
       m.open_deadline, m.next_deadline, m.next_item, NULL, NULL
FROM mpj AS m
WHERE p_measures IS NULL OR m.measure_id IN (SELECT id FROM asked)
UNION ALL
SELECT r.as_of, r.measure_id, 'Q', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r.reported, r.reported_at
FROM rep AS r
WHERE p_measures IS NULL OR r.measure_id IN (SELECT id FROM asked)
$$;

-- Each measure asked for on each day asked for (judgeMeasure), with the numbers of its reason and
-- its reporting punctuality: a submitted report is on time when submitted (Asia/Shanghai) by the
-- measure's dueDay of the month after its period; it counts once that day is on or before asOf.
CREATE FUNCTION status_measures(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL)
RETURNS SETOF "status_measure_snapshot"
LANGUAGE sql STABLE AS $$
WITH
pa AS (SELECT * FROM status_parts(p_dates, p_plan, p_measures)),
pl AS (SELECT "startDate" AS plan_start FROM "plan" WHERE id = p_plan),
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
         (date_trunc('month', r."periodEnd"::timestamp) + interval '1 month')::date + (m."dueDay" - 1) AS due,
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
         CASE WHEN agg.n > 0 THEN status_combine(agg.n, agg.n0, agg.n1, agg.worst)
              WHEN agg.as_of < pl.plan_start OR agg.reported IS NULL THEN 1
              ELSE status_severity(agg.reported) END AS severity
  FROM agg CROSS JOIN pl
)
SELECT j.as_of, j.measure_id, status_name(j.severity),
       CASE WHEN j.n > 0 THEN j.progress_sum / j.n::float8 WHEN j.severity = 0 THEN 1::float8 ELSE 0::float8 END,
       j.n, j.n0, j.n2, j.n3, j.n4, j.n5, j.n1,
       j.reported, w.kind, w."indicatorId", w.rule, w.expected, w.actual, w.shortfall,
       coalesce(j.ms_total, 0), coalesce(j.ms_reached, 0), j.ms_worst_name, j.ms_worst_planned, j.ms_worst_late,
       j.ms_next_name, j.ms_next_planned,
       j.deadline, j.next_deadline, j.next_item, j.reported_at,
       coalesce(tl.due_n, 0)::int, coalesce(tl.on_time, 0)::int
FROM judged j
LEFT JOIN worst w ON w.as_of = j.as_of AND w.measure_id = j.measure_id
LEFT JOIN tl ON tl.as_of = j.as_of AND tl.measure_id = j.measure_id
$$;

-- Each task area's roll-up of its measures (rollUp with the measures' weights, in id order), from
-- the snapshot (p_from_snapshot) or computed on the spot.
CREATE FUNCTION status_area_rollups(p_dates date[], p_plan int, p_areas int[], p_from_snapshot boolean)
RETURNS SETOF "status_task_area_snapshot"
LANGUAGE plpgsql STABLE SET jit = off SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  v_measures int[];
BEGIN
  IF p_areas IS NOT NULL AND NOT p_from_snapshot THEN
    v_measures := ARRAY(SELECT m.id FROM "measure" m WHERE m."taskAreaId" IN (SELECT unnest(p_areas)));
  END IF;
  RETURN QUERY
WITH
d AS (SELECT DISTINCT x AS as_of FROM unnest(p_dates) AS x),
ta AS (
  SELECT ta.id FROM "task_area" ta JOIN "strategy" s ON s.id = ta."strategyId"
  WHERE s."planId" = p_plan AND (p_areas IS NULL OR ta.id IN (SELECT unnest(p_areas)))
),
ms AS (SELECT m.id, m."taskAreaId" AS area_id, m.weight::float8 AS w FROM "measure" m WHERE m."taskAreaId" IN (SELECT id FROM ta)),
src AS (
  SELECT s."asOf" AS as_of, s."measureId" AS measure_id, s.status, s.progress
  FROM "status_measure_snapshot" s
  WHERE p_from_snapshot AND s."asOf" IN (SELECT as_of FROM d) AND s."measureId" IN (SELECT id FROM ms)
  UNION ALL
  SELECT x."asOf", x."measureId", x.status, x.progress
  FROM status_measures(p_dates, p_plan, v_measures) AS x
  WHERE NOT p_from_snapshot
),
item AS (SELECT src.as_of, ms.area_id, ms.id, ms.w, src.status, src.progress FROM src JOIN ms ON ms.id = src.measure_id),
agg AS (
  SELECT d.as_of, ta.id AS area_id,
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
         coalesce(sum(i.w ORDER BY i.id) FILTER (WHERE i.w > 0 AND i.status IN ('LAGGING', 'OVERDUE')), 0::float8) AS lagging
  FROM d CROSS JOIN ta
  LEFT JOIN item i ON i.as_of = d.as_of AND i.area_id = ta.id
  GROUP BY d.as_of, ta.id
)
SELECT as_of, area_id,
       status_name(status_rollup(n, n_done, n_not_started, n_at_risk + n_lagging + n_overdue, lagging, total)),
       CASE WHEN n = 0 THEN 0::float8 ELSE done / total END,
       n, ignored, n_done, n_on_track, n_at_risk, n_lagging, n_overdue, n_not_started, total, lagging
FROM agg;
END
$$;

-- Rebuilds the snapshot rows of the measures and task areas marked stale, then returns how many
-- measures it judged. Cheap when nothing is stale. The reading functions (status_rollups,
-- status_measure_rows) call it first, in the same statement; one refresh runs at a time, and a
-- reader that waited for it finds the work done.
CREATE FUNCTION status_refresh() RETURNS int LANGUAGE plpgsql SET jit = off SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  v_measures int[];
  v_areas int[];
  v_plan int;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "status_stale_measure") AND NOT EXISTS (SELECT 1 FROM "status_stale_task_area") THEN
    RETURN 0;
  END IF;
  PERFORM pg_advisory_xact_lock(20261129);
  WITH taken AS (DELETE FROM "status_stale_measure" RETURNING "measureId")
  SELECT coalesce(array_agg("measureId"), '{}') INTO v_measures FROM taken;
  -- A parent's derived indicators count its children's results.
  v_measures := v_measures || ARRAY(
    SELECT DISTINCT m."parentId" FROM "measure" m WHERE m.id IN (SELECT unnest(v_measures)) AND m."parentId" IS NOT NULL);
  WITH taken AS (DELETE FROM "status_stale_task_area" RETURNING "taskAreaId")
  SELECT coalesce(array_agg("taskAreaId"), '{}') INTO v_areas FROM taken;
  v_areas := v_areas || ARRAY(SELECT DISTINCT m."taskAreaId" FROM "measure" m WHERE m.id IN (SELECT unnest(v_measures)));

  DELETE FROM "status_measure_snapshot" WHERE "measureId" IN (SELECT unnest(v_measures));
  FOR v_plan IN
    SELECT DISTINCT s."planId" FROM "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" s ON s.id = ta."strategyId"
    WHERE m.id IN (SELECT unnest(v_measures))
  LOOP
    INSERT INTO "status_measure_snapshot" SELECT * FROM status_measures(status_snapshot_dates(v_plan), v_plan, v_measures);
  END LOOP;

  DELETE FROM "status_task_area_snapshot" WHERE "taskAreaId" IN (SELECT unnest(v_areas));
  FOR v_plan IN
    SELECT DISTINCT s."planId" FROM "task_area" ta JOIN "strategy" s ON s.id = ta."strategyId" WHERE ta.id IN (SELECT unnest(v_areas))
  LOOP
    INSERT INTO "status_task_area_snapshot" SELECT * FROM status_area_rollups(status_snapshot_dates(v_plan), v_plan, v_areas, true);
  END LOOP;
  RETURN cardinality(v_measures);
END
$$;

-- Task areas, strategies and the plan on each day (p_strategy: only that strategy and its task
-- areas). A strategy rolls up its task areas with the task areas' weights, the plan its
-- strategies with theirs (rollUp of rollUps, in id order). The item counts (n*) count the
-- rolled-up items (measures, task areas, strategies); the leaf counts (leaf*) count the measures
-- and projects inside, of the items that weigh. p_levels: the levels to return (NULL: all).
-- Refreshes stale snapshot rows first.
CREATE FUNCTION status_rollups(p_dates date[], p_plan int, p_strategy int DEFAULT NULL, p_levels text[] DEFAULT NULL)
RETURNS TABLE (
  "asOf" date, level text, id int, "strategyId" int, status text, progress float8, items int, ignored int,
  "nDone" int, "nOnTrack" int, "nAtRisk" int, "nLagging" int, "nOverdue" int, "nNotStarted" int,
  "leafDone" int, "leafOnTrack" int, "leafAtRisk" int, "leafLagging" int, "leafOverdue" int, "leafNotStarted" int,
  "laggingShare" float8
)
LANGUAGE plpgsql VOLATILE SET jit = off SET plan_cache_mode = force_custom_plan AS $$
#variable_conflict use_column
DECLARE
  v_snapshot date[] := status_snapshot_dates(p_plan);
  v_snap date[];
  v_live date[];
  v_areas int[];
BEGIN
  PERFORM status_refresh();
  v_snap := ARRAY(SELECT DISTINCT x FROM unnest(p_dates) AS x WHERE x = ANY(v_snapshot));
  v_live := ARRAY(SELECT DISTINCT x FROM unnest(p_dates) AS x WHERE NOT (x = ANY(v_snapshot)));
  IF p_strategy IS NOT NULL THEN
    v_areas := ARRAY(SELECT ta.id FROM "task_area" ta WHERE ta."strategyId" = p_strategy);
  END IF;
  RETURN QUERY
WITH
d AS (SELECT DISTINCT x AS as_of FROM unnest(p_dates) AS x),
ta AS (
  SELECT ta.id, ta."strategyId" AS strategy_id, ta.weight::float8 AS w
  FROM "task_area" ta JOIN "strategy" s ON s.id = ta."strategyId"
  WHERE s."planId" = p_plan AND (p_strategy IS NULL OR s.id = p_strategy)
),
ar AS (
  SELECT a.* FROM "status_task_area_snapshot" a
  WHERE a."asOf" = ANY(v_snap) AND a."taskAreaId" IN (SELECT id FROM ta)
  UNION ALL
  SELECT x.* FROM status_area_rollups(v_live, p_plan, v_areas, false) AS x
  WHERE cardinality(v_live) > 0
),
areas AS (
  SELECT ar."asOf" AS as_of, ar."taskAreaId" AS id, ta.strategy_id, ta.w, ar.status, ar.progress, ar.items, ar.ignored,
         ar."nDone", ar."nOnTrack", ar."nAtRisk", ar."nLagging", ar."nOverdue", ar."nNotStarted",
         CASE WHEN ar."weightTotal" > 0 THEN ar."laggingWeight" / ar."weightTotal" ELSE 0::float8 END AS share
  FROM ar JOIN ta ON ta.id = ar."taskAreaId"
),
st AS (
  SELECT s.id, s.weight::float8 AS w FROM "strategy" s WHERE s."planId" = p_plan AND (p_strategy IS NULL OR s.id = p_strategy)
),
st_agg AS (
  SELECT d.as_of, st.id, st.w,
         (count(a.id) FILTER (WHERE a.w > 0))::int AS n,
         (count(a.id) FILTER (WHERE a.w = 0))::int AS ignored,
         (count(a.id) FILTER (WHERE a.w > 0 AND a.status = 'DONE'))::int AS n_done,
         (count(a.id) FILTER (WHERE a.w > 0 AND a.status = 'ON_TRACK'))::int AS n_on_track,
         (count(a.id) FILTER (WHERE a.w > 0 AND a.status = 'AT_RISK'))::int AS n_at_risk,
         (count(a.id) FILTER (WHERE a.w > 0 AND a.status = 'LAGGING'))::int AS n_lagging,
         (count(a.id) FILTER (WHERE a.w > 0 AND a.status = 'OVERDUE'))::int AS n_overdue,
         (count(a.id) FILTER (WHERE a.w > 0 AND a.status = 'NOT_STARTED'))::int AS n_not_started,
         coalesce(sum(a."nDone") FILTER (WHERE a.w > 0), 0)::int AS l_done,
         coalesce(sum(a."nOnTrack") FILTER (WHERE a.w > 0), 0)::int AS l_on_track,
         coalesce(sum(a."nAtRisk") FILTER (WHERE a.w > 0), 0)::int AS l_at_risk,
         coalesce(sum(a."nLagging") FILTER (WHERE a.w > 0), 0)::int AS l_lagging,
         coalesce(sum(a."nOverdue") FILTER (WHERE a.w > 0), 0)::int AS l_overdue,
         coalesce(sum(a."nNotStarted") FILTER (WHERE a.w > 0), 0)::int AS l_not_started,
         coalesce(sum(a.w ORDER BY a.id) FILTER (WHERE a.w > 0), 0::float8) AS total,
         coalesce(sum(a.w * a.progress ORDER BY a.id) FILTER (WHERE a.w > 0), 0::float8) AS done,
         coalesce(sum(a.w ORDER BY a.id) FILTER (WHERE a.w > 0 AND a.status IN ('LAGGING', 'OVERDUE')), 0::float8) AS lagging
  FROM d CROSS JOIN st
  LEFT JOIN areas a ON a.as_of = d.as_of AND a.strategy_id = st.id
  GROUP BY d.as_of, st.id, st.w
),
strategies AS (
  SELECT st_agg.*,
         status_name(status_rollup(n, n_done, n_not_started, n_at_risk + n_lagging + n_overdue, lagging, total)) AS status,
         CASE WHEN n = 0 THEN 0::float8 ELSE done / total END AS progress,
         CASE WHEN n = 0 THEN 0::float8 ELSE lagging / total END AS share
  FROM st_agg
),
pl_agg AS (
  SELECT d.as_of,
         (count(s.id) FILTER (WHERE s.w > 0))::int AS n,
         (count(s.id) FILTER (WHERE s.w = 0))::int AS ignored,
         (count(s.id) FILTER (WHERE s.w > 0 AND s.status = 'DONE'))::int AS n_done,
         (count(s.id) FILTER (WHERE s.w > 0 AND s.status = 'ON_TRACK'))::int AS n_on_track,
         (count(s.id) FILTER (WHERE s.w > 0 AND s.status = 'AT_RISK'))::int AS n_at_risk,
         (count(s.id) FILTER (WHERE s.w > 0 AND s.status = 'LAGGING'))::int AS n_lagging,
         (count(s.id) FILTER (WHERE s.w > 0 AND s.status = 'OVERDUE'))::int AS n_overdue,
         (count(s.id) FILTER (WHERE s.w > 0 AND s.status = 'NOT_STARTED'))::int AS n_not_started,
         coalesce(sum(s.l_done) FILTER (WHERE s.w > 0), 0)::int AS l_done,
         coalesce(sum(s.l_on_track) FILTER (WHERE s.w > 0), 0)::int AS l_on_track,
         coalesce(sum(s.l_at_risk) FILTER (WHERE s.w > 0), 0)::int AS l_at_risk,
         coalesce(sum(s.l_lagging) FILTER (WHERE s.w > 0), 0)::int AS l_lagging,
         coalesce(sum(s.l_overdue) FILTER (WHERE s.w > 0), 0)::int AS l_overdue,
         coalesce(sum(s.l_not_started) FILTER (WHERE s.w > 0), 0)::int AS l_not_started,
         coalesce(sum(s.w ORDER BY s.id) FILTER (WHERE s.w > 0), 0::float8) AS total,
         coalesce(sum(s.w * s.progress ORDER BY s.id) FILTER (WHERE s.w > 0), 0::float8) AS done,
         coalesce(sum(s.w ORDER BY s.id) FILTER (WHERE s.w > 0 AND s.status IN ('LAGGING', 'OVERDUE')), 0::float8) AS lagging
  FROM d LEFT JOIN strategies s ON s.as_of = d.as_of
  WHERE p_strategy IS NULL
  GROUP BY d.as_of
)
SELECT as_of, 'taskArea', id, strategy_id, status, progress, items, ignored,
       "nDone", "nOnTrack", "nAtRisk", "nLagging", "nOverdue", "nNotStarted",
       "nDone", "nOnTrack", "nAtRisk", "nLagging", "nOverdue", "nNotStarted", share
FROM areas
WHERE p_levels IS NULL OR 'taskArea' = ANY(p_levels)
UNION ALL
SELECT as_of, 'strategy', id, id, status, progress, n, ignored,
       n_done, n_on_track, n_at_risk, n_lagging, n_overdue, n_not_started,
       l_done, l_on_track, l_at_risk, l_lagging, l_overdue, l_not_started, share
FROM strategies
WHERE p_levels IS NULL OR 'strategy' = ANY(p_levels)
UNION ALL
SELECT as_of, 'plan', p_plan, NULL,
       status_name(status_rollup(n, n_done, n_not_started, n_at_risk + n_lagging + n_overdue, lagging, total)),
       CASE WHEN n = 0 THEN 0::float8 ELSE done / total END, n, ignored,
       n_done, n_on_track, n_at_risk, n_lagging, n_overdue, n_not_started,
       l_done, l_on_track, l_at_risk, l_lagging, l_overdue, l_not_started,
       CASE WHEN n = 0 THEN 0::float8 ELSE lagging / total END
FROM pl_agg
WHERE p_levels IS NULL OR 'plan' = ANY(p_levels);
END
$$;

-- Measures on each day: the snapshot's rows for its days (refreshed first), computed for the others.
CREATE FUNCTION status_measure_rows(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL)
RETURNS SETOF "status_measure_snapshot"
LANGUAGE plpgsql VOLATILE SET jit = off SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  v_snapshot date[] := status_snapshot_dates(p_plan);
  v_snap date[] := ARRAY(SELECT DISTINCT x FROM unnest(p_dates) AS x WHERE x = ANY(v_snapshot));
  v_live date[] := ARRAY(SELECT DISTINCT x FROM unnest(p_dates) AS x WHERE NOT (x = ANY(v_snapshot)));
BEGIN
  PERFORM status_refresh();
  IF cardinality(v_snap) > 0 THEN
    RETURN QUERY
      SELECT s.* FROM "status_measure_snapshot" s
      WHERE s."asOf" = ANY(v_snap)
        AND s."measureId" IN (
          SELECT m.id FROM "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" st ON st.id = ta."strategyId"
          WHERE st."planId" = p_plan AND (p_measures IS NULL OR m.id IN (SELECT unnest(p_measures))));
  END IF;
  IF cardinality(v_live) > 0 THEN
    -- Punctuality on other days: the last snapshot day's count plus the reports due since (few),
    -- rather than every report of the plan.
    RETURN QUERY
    WITH
    x AS (SELECT * FROM status_measures(v_live, p_plan, p_measures)),
    base AS (
      SELECT d.as_of, (SELECT max(s) FROM unnest(v_snapshot) AS s WHERE s <= d.as_of) AS day
      FROM unnest(v_live) AS d(as_of)
    ),
    since AS (
      SELECT base.as_of, r."measureId", count(*)::int AS n, (count(*) FILTER (WHERE r.submitted <= r.due))::int AS k
      FROM base
      CROSS JOIN LATERAL (
        SELECT r."measureId", (date_trunc('month', r."periodEnd"::timestamp) + interval '1 month')::date + (m."dueDay" - 1) AS due,
               (r."submittedAt" AT TIME ZONE 'Asia/Shanghai')::date AS submitted
        FROM "progress_report" r JOIN "measure" m ON m.id = r."measureId"
        WHERE r."submittedAt" IS NOT NULL
          AND r."periodEnd" < base.as_of AND (base.day IS NULL OR r."periodEnd" > base.day - 62) -- due ≤ period end + 58 days
          AND (p_measures IS NULL OR r."measureId" IN (SELECT unnest(p_measures)))
      ) AS r
      WHERE r.due <= base.as_of AND (base.day IS NULL OR r.due > base.day)
      GROUP BY base.as_of, r."measureId"
    )
    SELECT x."asOf", x."measureId", x.status, x.progress, x.parts, x."nDone", x."nOnTrack", x."nAtRisk", x."nLagging",
           x."nOverdue", x."nNotStarted", x.reported, x."worstKind", x."worstIndicatorId", x."worstRule", x."worstExpected",
           x."worstActual", x."worstShortfall", x."msTotal", x."msReached", x."msWorstName", x."msWorstPlanned", x."msWorstLate",
           x."msNextName", x."msNextPlanned", x.deadline, x."nextDeadline", x."nextItem", x."lastApprovedAt",
           coalesce(snap."reportsDue", 0) + coalesce(since.n, 0), coalesce(snap."reportsOnTime", 0) + coalesce(since.k, 0)
    FROM x
    JOIN base ON base.as_of = x."asOf"
    LEFT JOIN "status_measure_snapshot" snap ON snap."asOf" = base.day AND snap."measureId" = x."measureId"
    LEFT JOIN since ON since.as_of = x."asOf" AND since."measureId" = x."measureId";
  END IF;
END
$$;

-- ---- What makes snapshot rows stale ----------------------------------------------------------
-- Statement-level triggers: a bulk insert of a million reports marks each measure once.

CREATE FUNCTION status_stale_reports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Drafts change no status and no punctuality.
  INSERT INTO "status_stale_measure" ("measureId")
  SELECT DISTINCT c."measureId" FROM changed c WHERE c."reviewState" <> 'DRAFT'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "progress_report_status_stale_ins" AFTER INSERT ON "progress_report"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_reports();
CREATE TRIGGER "progress_report_status_stale_upd" AFTER UPDATE ON "progress_report"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_reports();

-- Milestones and indicators (actual dates, planned dates, targets, deadlines).
CREATE FUNCTION status_stale_parts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "status_stale_measure" ("measureId") SELECT DISTINCT c."measureId" FROM changed c ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "milestone_status_stale_ins" AFTER INSERT ON "milestone"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_parts();
CREATE TRIGGER "milestone_status_stale_upd" AFTER UPDATE ON "milestone"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_parts();
CREATE TRIGGER "milestone_status_stale_del" AFTER DELETE ON "milestone"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_parts();
CREATE TRIGGER "indicator_status_stale_ins" AFTER INSERT ON "indicator"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_parts();
CREATE TRIGGER "indicator_status_stale_upd" AFTER UPDATE ON "indicator"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_parts();
CREATE TRIGGER "indicator_status_stale_del" AFTER DELETE ON "indicator"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_parts();

CREATE FUNCTION status_stale_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "status_stale_measure" ("measureId")
  SELECT DISTINCT i."measureId" FROM changed c JOIN "indicator" i ON i.id = c."indicatorId"
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "indicator_target_status_stale_ins" AFTER INSERT ON "indicator_target"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_targets();
CREATE TRIGGER "indicator_target_status_stale_upd" AFTER UPDATE ON "indicator_target"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_targets();
CREATE TRIGGER "indicator_target_status_stale_del" AFTER DELETE ON "indicator_target"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_targets();

-- Measures: new or deleted ones, and changes of weight, due day, parent or task area (not the
-- version bumps of every report).
CREATE FUNCTION status_stale_measures_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "status_stale_measure" ("measureId")
  SELECT c.id FROM changed c UNION SELECT c."parentId" FROM changed c WHERE c."parentId" IS NOT NULL
  ON CONFLICT DO NOTHING;
  INSERT INTO "status_stale_task_area" ("taskAreaId") SELECT DISTINCT c."taskAreaId" FROM changed c ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "measure_status_stale_ins" AFTER INSERT ON "measure"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_measures_added();
CREATE TRIGGER "measure_status_stale_del" AFTER DELETE ON "measure"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_measures_added();

CREATE FUNCTION status_stale_measures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH moved AS (
    SELECT n.id, n."parentId" AS new_parent, o."parentId" AS old_parent, n."taskAreaId" AS new_area, o."taskAreaId" AS old_area
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.weight, n."dueDay", n."parentId", n."taskAreaId") IS DISTINCT FROM (o.weight, o."dueDay", o."parentId", o."taskAreaId")
  ), stale AS (
    INSERT INTO "status_stale_measure" ("measureId")
    SELECT id FROM moved UNION SELECT new_parent FROM moved WHERE new_parent IS NOT NULL UNION SELECT old_parent FROM moved WHERE old_parent IS NOT NULL
    ON CONFLICT DO NOTHING
  )
  INSERT INTO "status_stale_task_area" ("taskAreaId") SELECT old_area FROM moved UNION SELECT new_area FROM moved
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "measure_status_stale_upd" AFTER UPDATE ON "measure"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION status_stale_measures_changed();

CREATE FUNCTION status_stale_task_areas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "status_stale_task_area" ("taskAreaId") SELECT c.id FROM changed c ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "task_area_status_stale_ins" AFTER INSERT ON "task_area"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_task_areas();
CREATE TRIGGER "task_area_status_stale_del" AFTER DELETE ON "task_area"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_stale_task_areas();

-- Thresholds and the plan's dates change every judgement.
CREATE FUNCTION status_stale_everything() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'setting' AND coalesce(NEW."key", OLD."key") <> 'status.thresholds' THEN
    RETURN NULL;
  END IF;
  INSERT INTO "status_stale_measure" ("measureId") SELECT m.id FROM "measure" m ON CONFLICT DO NOTHING;
  INSERT INTO "status_stale_task_area" ("taskAreaId") SELECT ta.id FROM "task_area" ta ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "setting_status_stale" AFTER INSERT OR UPDATE OR DELETE ON "setting"
  FOR EACH ROW EXECUTE FUNCTION status_stale_everything();
CREATE TRIGGER "plan_status_stale" AFTER UPDATE OF "startDate", "endDate" ON "plan"
  FOR EACH ROW EXECUTE FUNCTION status_stale_everything();

-- One measure's parts on one day, for its drill-down page (computed on the spot).
CREATE FUNCTION status_measure_parts(p_as_of date, p_plan int, p_measure int)
RETURNS TABLE (kind text, "indicatorId" int, status text, rule text, progress float8, expected float8, actual float8, shortfall float8,
               "msTotal" int, "msReached" int, "msWorstName" text, "msWorstPlanned" date, "msWorstLate" int, "msNextName" text, "msNextPlanned" date)
LANGUAGE plpgsql STABLE SET jit = off SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  RETURN QUERY
  SELECT p.kind, p."indicatorId", status_name(p.severity), p.rule, p.progress, p.expected, p.actual, p.shortfall,
         p."msTotal", p."msReached", p."msWorstName", p."msWorstPlanned", p."msWorstLate", p."msNextName", p."msNextPlanned"
  FROM status_parts(ARRAY[p_as_of], p_plan, ARRAY[p_measure]) AS p
  WHERE p.kind <> 'Q' AND p."measureId" = p_measure
  ORDER BY p.pos;
END
$$;
