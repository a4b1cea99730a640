-- Issue 12 item 1: at most one submitted, unreviewed report per measure and period.
-- Hand-written (nothing here is expressible in schema.prisma).

-- The review state moves DRAFT -> SUBMITTED -> APPROVED | RETURNED | WITHDRAWN; the last three are final.
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
    OR NEW."revisesId" IS DISTINCT FROM OLD."revisesId" OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt") THEN
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

-- Databases written by older code may hold several pending reports for one period: the newest
-- stays pending, the older ones are withdrawn (kept in the history), each change in the audit log.
WITH ranked AS (
  SELECT "id", "measureId", "periodEnd",
         row_number() OVER (PARTITION BY "measureId", "periodEnd" ORDER BY "id" DESC) AS rank
  FROM "progress_report" WHERE "reviewState" = 'SUBMITTED'
),
withdrawn AS (
  UPDATE "progress_report" r SET "reviewState" = 'WITHDRAWN'
  FROM ranked WHERE r."id" = ranked."id" AND ranked.rank > 1
  RETURNING r."id", r."measureId"
)
INSERT INTO "audit_log" ("actorName", "action", "objectType", "objectId", "before", "after")
SELECT 'system', 'progress_report.withdraw', 'progress_report', w."id"::text, '{"reviewState":"SUBMITTED"}'::jsonb,
       jsonb_build_object('reviewState', 'WITHDRAWN', 'reason', 'a newer report for the same period was pending (migration 20261130090100)')
FROM withdrawn w;

CREATE UNIQUE INDEX "progress_report_one_pending_key" ON "progress_report" ("measureId", "periodEnd")
  WHERE "reviewState" = 'SUBMITTED';
