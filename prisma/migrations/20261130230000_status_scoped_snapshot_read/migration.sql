-- Issue 13: reading the snapshot for a scope (a measure's trend, a task area) took every measure's
-- rows of those days and only then kept the scope's: a measure's trend of 21 quarter ends read
-- 201,600 rows at 100x (140-170 ms). The scope's measures are now a condition of that read itself,
-- which the planner makes an index condition for a few measures (21 rows, ~2 ms). The rows are the
-- same.
--
-- (Not in status_punctuality(): called with a scope PostgreSQL cannot inline, it plans for an array
-- of unknown length, and the same condition made it read a strategy's rows of every snapshot day
-- through the measure index, 300 ms. It reads one day's rows of every measure from an index.)

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
      -- the scope's measures as a condition of the read (an index condition for a few: a
      -- measure's trend reads its 21 rows, not the 201,600 of those days at 100x)
      SELECT s.* FROM "status_measure_snapshot" s
      WHERE s."asOf" = ANY(v_snap)
        AND (p_measures IS NULL OR s."measureId" = ANY(p_measures))
        AND s."measureId" IN (
          SELECT m.id FROM "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" st ON st.id = ta."strategyId"
          WHERE st."planId" = p_plan);
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
