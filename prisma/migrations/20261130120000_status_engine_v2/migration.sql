-- Issue 13: the status engine, second version. The SQL functions are the one implementation of
-- the rules (decision 009); tests/support/status-oracle.ts is a brute-force copy for the tests.
-- Changes, each described in docs/status.md:
--   * a group (task area, strategy, plan) rolls up the measures and projects under it, weighted
--     by measure weight × task-area weight × strategy weight, not the statuses of its sub-groups;
--     it lags when lagging + overdue items weigh laggingShare (default 20%), and is at risk when
--     items in any trouble weigh riskShare (default 10%): settings of status.thresholds;
--   * a measure without numeric indicators takes its progress from its milestones, else from the
--     completion percentage of its latest approved report that states one;
--   * from a deadline day on (an indicator's, the plan's last day for everything else), what is
--     not done is 逾期 (OVERDUE);
--   * reads never write: the snapshot is rebuilt at the commit of the transaction that made it
--     stale (a deferred constraint trigger), not by the next reader.

ALTER TABLE "progress_report" ADD COLUMN "percentComplete" SMALLINT;
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_percent_check" CHECK ("percentComplete" BETWEEN 0 AND 100);
-- The latest approved report stating a percentage, on a day: one backward index step.
CREATE INDEX "progress_report_approved_percent_idx" ON "progress_report" ("measureId", "periodEnd" DESC, "id" DESC)
  WHERE "reviewState" = 'APPROVED' AND "percentComplete" IS NOT NULL;

-- The completion percentage is part of a submitted report's frozen content.
CREATE OR REPLACE FUNCTION "progress_report_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'progress_report is append-only: rows cannot be deleted' USING ERRCODE = 'P0001';
  END IF;
  IF OLD."reviewState" <> 'DRAFT' AND (
       NEW."measureId" IS DISTINCT FROM OLD."measureId" OR NEW."periodStart" IS DISTINCT FROM OLD."periodStart"
    OR NEW."periodEnd" IS DISTINCT FROM OLD."periodEnd" OR NEW."status" IS DISTINCT FROM OLD."status"
    OR NEW."narrative" IS DISTINCT FROM OLD."narrative" OR NEW."authorId" IS DISTINCT FROM OLD."authorId"
    OR NEW."basedOnVersion" IS DISTINCT FROM OLD."basedOnVersion" OR NEW."submittedAt" IS DISTINCT FROM OLD."submittedAt"
    OR NEW."revisesId" IS DISTINCT FROM OLD."revisesId" OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
    OR NEW."percentComplete" IS DISTINCT FROM OLD."percentComplete") THEN
    RAISE EXCEPTION 'progress_report %: a submitted report cannot be changed', OLD."id" USING ERRCODE = 'P0001';
  END IF;
  IF NOT (NEW."reviewState" = OLD."reviewState"
       OR (OLD."reviewState" = 'DRAFT' AND NEW."reviewState" = 'SUBMITTED')
       OR (OLD."reviewState" = 'SUBMITTED' AND NEW."reviewState" IN ('APPROVED', 'RETURNED', 'WITHDRAWN'))) THEN
    RAISE EXCEPTION 'progress_report %: review state cannot move from % to %', OLD."id", OLD."reviewState", NEW."reviewState"
      USING ERRCODE = 'P0001';
  END IF;
  IF OLD."reviewState" IN ('APPROVED', 'RETURNED', 'WITHDRAWN') AND ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*) THEN
    RAISE EXCEPTION 'progress_report %: a reviewed or withdrawn report is final', OLD."id" USING ERRCODE = 'P0001';
  END IF;
  IF NEW."reviewState" = 'WITHDRAWN' AND (NEW."reviewerId" IS NOT NULL OR NEW."reviewedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'progress_report %: a withdrawn report has no reviewer', OLD."id" USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;

-- Old engine: functions whose signature changes, and the task-area snapshot of statuses (roll-ups
-- are now sums over measures: the snapshot keeps each task area's sums instead).
DROP FUNCTION status_rollups(date[], int, int, text[]);
DROP FUNCTION status_measure_rows(date[], int, int[]);
DROP FUNCTION status_measure_parts(date, int, int);
DROP FUNCTION status_area_rollups(date[], int, int[], boolean);
DROP FUNCTION status_refresh();
DROP FUNCTION status_measures(date[], int, int[]);
DROP FUNCTION status_parts(date[], int, int[]);
DROP FUNCTION status_thresholds();
DROP FUNCTION status_judge_indicator(text, float8, float8, date, date, date, float8, float8, float8, float8);
DROP FUNCTION status_rollup(int, int, int, int, float8, float8);
DROP TRIGGER "task_area_status_stale_ins" ON "task_area";
DROP TRIGGER "task_area_status_stale_del" ON "task_area";
DROP FUNCTION status_stale_task_areas();
DROP TABLE "status_task_area_snapshot";

-- Each task area's sums over its measures on each snapshot day (measure weights only: the task
-- area's and strategy's weights multiply them when read), so that a trend of twenty days reads
-- a thousand rows per day at 100 times the demo plan, not ten thousand. Rebuilt by status_refresh()
-- with the measure rows; status_stale_task_area marks areas a measure left or joined.
CREATE TABLE "status_area_sums" (
  "asOf" DATE NOT NULL,
  "taskAreaId" INTEGER NOT NULL,
  "n" INTEGER NOT NULL,
  "ignored" INTEGER NOT NULL,
  "nDone" INTEGER NOT NULL,
  "nOnTrack" INTEGER NOT NULL,
  "nAtRisk" INTEGER NOT NULL,
  "nLagging" INTEGER NOT NULL,
  "nOverdue" INTEGER NOT NULL,
  "nNotStarted" INTEGER NOT NULL,
  "total" DOUBLE PRECISION NOT NULL,
  "done" DOUBLE PRECISION NOT NULL,
  "lagging" DOUBLE PRECISION NOT NULL,
  "troubled" DOUBLE PRECISION NOT NULL,
  CONSTRAINT "status_area_sums_pkey" PRIMARY KEY ("asOf", "taskAreaId")
);
CREATE INDEX "status_area_sums_taskAreaId_idx" ON "status_area_sums" ("taskAreaId");

ALTER TABLE "status_measure_snapshot"
  ADD COLUMN "progressBasis" TEXT NOT NULL DEFAULT 'none',
  ADD COLUMN "reportedPercent" DOUBLE PRECISION,
  ADD COLUMN "planEnded" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "status_measure_snapshot" ALTER COLUMN "progressBasis" DROP DEFAULT, ALTER COLUMN "planEnded" DROP DEFAULT;
ALTER TABLE "status_measure_snapshot" ADD CONSTRAINT "status_measure_snapshot_basis_check"
  CHECK ("progressBasis" IN ('indicators', 'milestones', 'reported', 'none'));

-- The approved value of each indicator in each approved report, by period: "the latest approved
-- value of an indicator as of day D" is one backward step of the primary key. Kept by triggers
-- (a report approved; values added to an approved report); reports are final once approved.
CREATE TABLE "status_approved_value" (
  "indicatorId" INTEGER NOT NULL,
  "periodEnd" DATE NOT NULL,
  "reportId" INTEGER NOT NULL,
  "value" DOUBLE PRECISION NOT NULL,
  CONSTRAINT "status_approved_value_pkey" PRIMARY KEY ("indicatorId", "periodEnd", "reportId")
);
INSERT INTO "status_approved_value"
SELECT pv."indicatorId", r."periodEnd", r.id, pv.value::float8
FROM "progress_report" r JOIN "progress_value" pv ON pv."reportId" = r.id
WHERE r."reviewState" = 'APPROVED';

CREATE FUNCTION status_approved_values_of_reports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "status_approved_value"
  SELECT pv."indicatorId", c."periodEnd", c.id, pv.value::float8
  FROM changed c JOIN "progress_value" pv ON pv."reportId" = c.id
  WHERE c."reviewState" = 'APPROVED'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "progress_report_approved_values_upd" AFTER UPDATE ON "progress_report"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_approved_values_of_reports();
CREATE TRIGGER "progress_report_approved_values_ins" AFTER INSERT ON "progress_report"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_approved_values_of_reports();

CREATE FUNCTION status_approved_values_of_values() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "status_approved_value"
  SELECT c."indicatorId", r."periodEnd", r.id, c.value::float8
  FROM changed c JOIN "progress_report" r ON r.id = c."reportId"
  WHERE r."reviewState" = 'APPROVED'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "progress_value_approved_values_ins" AFTER INSERT ON "progress_value"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION status_approved_values_of_values();

-- Punctuality between snapshot days reads only this index.
DROP INDEX "progress_report_submitted_period_idx";
CREATE INDEX "progress_report_submitted_period_idx" ON "progress_report" ("periodEnd") INCLUDE ("measureId", "submittedAt")
  WHERE "submittedAt" IS NOT NULL;

-- The corners of an indicator's expected path, in order (day, then k): the baseline (k 0), the
-- yearly targets strictly between the baseline and the deadline (k 1; none for a yes/no
-- indicator), the target on the deadline (k 2). The path runs straight between corners; the
-- public trend chart draws these very points.
CREATE FUNCTION status_path_points(p_indicator int) RETURNS TABLE (day date, value float8, k int)
LANGUAGE sql STABLE AS $$
  SELECT i."baselineDate", i."baselineValue"::float8, 0 FROM "indicator" i WHERE i.id = p_indicator
  UNION ALL
  SELECT make_date(t.year, 12, 31), t.value::float8, 1
  FROM "indicator" i JOIN "indicator_target" t ON t."indicatorId" = i.id
  WHERE i.id = p_indicator AND i.kind <> 'MILESTONE'
    AND make_date(t.year, 12, 31) > i."baselineDate" AND make_date(t.year, 12, 31) < i.deadline
  UNION ALL
  SELECT i.deadline, i."targetValue"::float8, 2 FROM "indicator" i WHERE i.id = p_indicator
$$;

-- Setting "status.thresholds", else the defaults. The one place the defaults are written:
-- lib/dal/status/thresholds.ts reads them from here.
CREATE FUNCTION status_thresholds() RETURNS TABLE ("atRisk" float8, "lagging" float8, "graceDays" int, "laggingShare" float8, "riskShare" float8)
LANGUAGE sql STABLE AS $$
  SELECT coalesce((s."value" ->> 'atRisk')::float8, 0.1::float8),
         coalesce((s."value" ->> 'lagging')::float8, 0.25::float8),
         coalesce((s."value" ->> 'milestoneGraceDays')::int, 30),
         coalesce((s."value" ->> 'laggingShare')::float8, 0.2::float8),
         coalesce((s."value" ->> 'riskShare')::float8, 0.1::float8)
  FROM (SELECT 1) AS one LEFT JOIN "setting" s ON s."key" = 'status.thresholds'
$$;

-- One indicator: 1 met → done; 2 on or after its deadline day and not met → overdue; 3 before the
-- plan → not started; 4 nothing approved → not started within the at-risk slack, else lagging;
-- 5 against the expected path by the shortfall thresholds.
CREATE FUNCTION status_judge_indicator(
  p_cmp text, p_base float8, p_target float8, p_deadline date, p_as_of date, p_plan_start date,
  p_actual float8, p_expected float8, p_at_risk float8, p_lagging float8
) RETURNS TABLE (severity int, rule text, progress float8, shortfall float8)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT
    CASE
      WHEN x.met THEN 0
      WHEN p_as_of >= p_deadline THEN 5
      WHEN p_as_of < p_plan_start THEN 1
      WHEN p_actual IS NULL THEN CASE WHEN x.e_share <= p_at_risk + 1e-9::float8 THEN 1 ELSE 4 END
      WHEN x.e_share - x.a_share <= p_at_risk + 1e-9::float8 THEN 2
      WHEN x.e_share - x.a_share <= p_lagging + 1e-9::float8 THEN 3
      ELSE 4
    END,
    CASE
      WHEN x.met THEN 'done'
      WHEN p_as_of >= p_deadline THEN 'overdue'
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

-- A measure from its n parts (n = 0: a qualitative measure, judged by its latest approved report):
-- before the plan not started; from the plan's last day on, anything not done is overdue.
CREATE FUNCTION status_measure_severity(
  p_n int, p_done int, p_not_started int, p_worst int, p_reported text, p_as_of date, p_plan_start date, p_plan_end date
) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  -- One expression (no FROM), so that the planner inlines it.
  SELECT CASE
    WHEN p_n > 0 AND p_as_of >= p_plan_end THEN CASE WHEN status_combine(p_n, p_done, p_not_started, p_worst) = 0 THEN 0 ELSE 5 END
    WHEN p_n > 0 THEN status_combine(p_n, p_done, p_not_started, p_worst)
    WHEN p_as_of < p_plan_start THEN 1
    WHEN p_reported = 'DONE' THEN 0
    WHEN p_as_of >= p_plan_end THEN 5
    WHEN p_reported IS NULL THEN 1
    ELSE status_severity(p_reported)
  END
$$;

-- A group of measures: 1 nothing weighs → not started; 2 all done → done; 3 lagging + overdue
-- weigh at least p_share → lagging; 4 at risk + lagging + overdue weigh at least p_risk_share
-- → at risk; 5 all not started → not started; 6 otherwise on track.
CREATE FUNCTION status_rollup(p_n int, p_done int, p_not_started int, p_troubled float8, p_lagging float8, p_total float8, p_share float8, p_risk_share float8)
RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN p_n = 0 THEN 1
    WHEN p_done = p_n THEN 0
    WHEN p_lagging > 0 AND p_lagging / p_total >= p_share - 1e-9::float8 THEN 4
    WHEN p_troubled > 0 AND p_troubled / p_total >= p_risk_share - 1e-9::float8 THEN 3
    WHEN p_not_started = p_n THEN 1
    ELSE 2
  END
$$;
CREATE FUNCTION status_parts(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL)
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
  -- the corners of the expected path
  CROSS JOIN LATERAL (
    SELECT array_agg(p.day ORDER BY p.day, p.k) AS days, array_agg(p.value ORDER BY p.day, p.k) AS vals
    FROM status_path_points(i.id) AS p
  ) AS pts
  WHERE i."measureId" IN (SELECT id FROM mm)
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
  WHERE ms."measureId" IN (SELECT id FROM mm)
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

CREATE FUNCTION status_measures(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL)
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

CREATE FUNCTION status_measure_rows(p_dates date[], p_plan int, p_measures int[] DEFAULT NULL, p_punctuality boolean DEFAULT true)
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
           coalesce(snap."reportsDue", 0) + coalesce(since.n, 0), coalesce(snap."reportsOnTime", 0) + coalesce(since.k, 0),
           x."progressBasis", x."reportedPercent", x."planEnded"
    FROM x
    JOIN base ON base.as_of = x."asOf"
    LEFT JOIN "status_measure_snapshot" snap ON snap."asOf" = base.day AND snap."measureId" = x."measureId"
    LEFT JOIN since ON since.as_of = x."asOf" AND since."measureId" = x."measureId";
  END IF;
END
$$;

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


-- Rebuilds the snapshot rows of the measures marked stale (and of their parents: a parent's
-- derived indicators count its children) and returns how many it judged. Runs at the commit of
-- the transaction that marked them (status_stale_measure_refresh below), one at a time.
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
  v_measures := v_measures || ARRAY(
    SELECT DISTINCT m."parentId" FROM "measure" m WHERE m.id IN (SELECT unnest(v_measures)) AND m."parentId" IS NOT NULL);
  DELETE FROM "status_measure_snapshot" WHERE "measureId" IN (SELECT unnest(v_measures));
  FOR v_plan IN
    SELECT DISTINCT s."planId" FROM "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" s ON s.id = ta."strategyId"
    WHERE m.id IN (SELECT unnest(v_measures))
  LOOP
    INSERT INTO "status_measure_snapshot" SELECT * FROM status_measures(status_snapshot_dates(v_plan), v_plan, v_measures);
  END LOOP;

  WITH taken AS (DELETE FROM "status_stale_task_area" RETURNING "taskAreaId")
  SELECT coalesce(array_agg("taskAreaId"), '{}') INTO v_areas FROM taken;
  v_areas := v_areas || ARRAY(SELECT DISTINCT m."taskAreaId" FROM "measure" m WHERE m.id IN (SELECT unnest(v_measures)));
  DELETE FROM "status_area_sums" WHERE "taskAreaId" IN (SELECT unnest(v_areas));
  FOR v_plan IN
    SELECT DISTINCT s."planId" FROM "task_area" ta JOIN "strategy" s ON s.id = ta."strategyId" WHERE ta.id IN (SELECT unnest(v_areas))
  LOOP
    INSERT INTO "status_area_sums"
    SELECT d.day, ta.id,
           (count(i.id) FILTER (WHERE i.w > 0))::int,
           (count(i.id) FILTER (WHERE i.w = 0))::int,
           (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'DONE'))::int,
           (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'ON_TRACK'))::int,
           (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'AT_RISK'))::int,
           (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'LAGGING'))::int,
           (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'OVERDUE'))::int,
           (count(i.id) FILTER (WHERE i.w > 0 AND i.status = 'NOT_STARTED'))::int,
           coalesce(sum(i.w ORDER BY i.id) FILTER (WHERE i.w > 0), 0::float8),
           coalesce(sum(i.w * i.progress ORDER BY i.id) FILTER (WHERE i.w > 0), 0::float8),
           coalesce(sum(i.w ORDER BY i.id) FILTER (WHERE i.w > 0 AND i.status IN ('LAGGING', 'OVERDUE')), 0::float8),
           coalesce(sum(i.w ORDER BY i.id) FILTER (WHERE i.w > 0 AND i.status IN ('AT_RISK', 'LAGGING', 'OVERDUE')), 0::float8)
    FROM unnest(status_snapshot_dates(v_plan)) AS d(day)
    CROSS JOIN "task_area" ta
    JOIN "strategy" st ON st.id = ta."strategyId" AND st."planId" = v_plan
    LEFT JOIN (
      SELECT sn."asOf", m."taskAreaId", m.id, m.weight::float8 AS w, sn.status, sn.progress
      FROM "measure" m JOIN "status_measure_snapshot" sn ON sn."measureId" = m.id
      WHERE m."taskAreaId" IN (SELECT unnest(v_areas))
    ) AS i ON i."asOf" = d.day AND i."taskAreaId" = ta.id
    WHERE ta.id IN (SELECT unnest(v_areas))
    GROUP BY d.day, ta.id;
  END LOOP;
  RETURN cardinality(v_measures);
END
$$;

CREATE FUNCTION status_stale_measure_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM status_refresh();
  RETURN NULL;
END
$$;
-- Deferred: fires at COMMIT of the writing transaction, after all its changes (the first firing
-- rebuilds everything marked; the others find nothing left).
CREATE CONSTRAINT TRIGGER "status_stale_measure_refresh" AFTER INSERT ON "status_stale_measure"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION status_stale_measure_refresh();

-- The trigger functions that also marked task areas.
CREATE OR REPLACE FUNCTION status_stale_measures_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "status_stale_task_area" ("taskAreaId") SELECT DISTINCT c."taskAreaId" FROM changed c ON CONFLICT DO NOTHING;
  INSERT INTO "status_stale_measure" ("measureId")
  SELECT c.id FROM changed c UNION SELECT c."parentId" FROM changed c WHERE c."parentId" IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION status_stale_measures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- the task area a measure left (it joined the one its snapshot rows now name)
  INSERT INTO "status_stale_task_area" ("taskAreaId")
  SELECT o."taskAreaId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."taskAreaId" <> o."taskAreaId"
  ON CONFLICT DO NOTHING;
  WITH moved AS (
    SELECT n.id, n."parentId" AS new_parent, o."parentId" AS old_parent
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.weight, n."dueDay", n."parentId", n."taskAreaId") IS DISTINCT FROM (o.weight, o."dueDay", o."parentId", o."taskAreaId")
  )
  INSERT INTO "status_stale_measure" ("measureId")
  SELECT id FROM moved UNION SELECT new_parent FROM moved WHERE new_parent IS NOT NULL UNION SELECT old_parent FROM moved WHERE old_parent IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION status_stale_everything() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'setting' AND coalesce(NEW."key", OLD."key") <> 'status.thresholds' THEN
    RETURN NULL;
  END IF;
  INSERT INTO "status_stale_measure" ("measureId") SELECT m.id FROM "measure" m ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

-- Task areas, strategies and the plan on each day (p_strategy: only that strategy and its task
-- areas, no plan row). Each group rolls up the measures and projects under it, each weighing
-- measure weight × task-area weight × strategy weight (0 anywhere: left out). The n* columns
-- count measures and projects; the weights say how much of the group lags (lagging + overdue)
-- and how much is in trouble (at risk + lagging + overdue). Reads only.
CREATE FUNCTION status_rollups(p_dates date[], p_plan int, p_strategy int DEFAULT NULL, p_levels text[] DEFAULT NULL)
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
-- days that are not snapshot days: the measures judged on the spot
item AS (
  SELECT r."asOf" AS as_of, ms.area_id, ms.id, ms.w, r.status, r.progress
  FROM live
  CROSS JOIN LATERAL status_measure_rows(live.days, p_plan, CASE WHEN p_strategy IS NULL THEN NULL ELSE ARRAY(SELECT id FROM ms) END, false) AS r
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

-- Everything judged again under the new rules.
DELETE FROM "status_measure_snapshot";
INSERT INTO "status_stale_task_area" ("taskAreaId") SELECT ta.id FROM "task_area" ta ON CONFLICT DO NOTHING;
INSERT INTO "status_stale_measure" ("measureId") SELECT m.id FROM "measure" m ON CONFLICT DO NOTHING;
SELECT status_refresh();
