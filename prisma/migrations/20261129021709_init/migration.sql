-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'LEADER', 'OFFICER');

-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('MEASURE', 'PROJECT');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('COUNT', 'CUMULATIVE', 'PERCENT', 'MILESTONE');

-- CreateEnum
CREATE TYPE "Comparison" AS ENUM ('GTE', 'GT', 'EQ', 'LTE');

-- CreateEnum
CREATE TYPE "ProgressStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'LAGGING', 'DONE');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateTable
CREATE TABLE "plan" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,

    CONSTRAINT "plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strategy" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aim" TEXT NOT NULL,
    "slogan" TEXT NOT NULL DEFAULT '',
    "intro" TEXT NOT NULL DEFAULT '',
    "order" INTEGER NOT NULL,

    CONSTRAINT "strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_area" (
    "id" SERIAL NOT NULL,
    "strategyId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "task_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "department" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measure" (
    "id" SERIAL NOT NULL,
    "taskAreaId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "code" TEXT NOT NULL,
    "kind" "MeasureKind" NOT NULL DEFAULT 'MEASURE',
    "title" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "leadDepartmentId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measure_department" (
    "measureId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,

    CONSTRAINT "measure_department_pkey" PRIMARY KEY ("measureId","departmentId")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "kind" "IndicatorKind" NOT NULL,
    "baselineValue" DECIMAL(14,2) NOT NULL,
    "baselineDate" DATE NOT NULL,
    "targetValue" DECIMAL(14,2) NOT NULL,
    "comparison" "Comparison" NOT NULL DEFAULT 'GTE',
    "deadline" DATE NOT NULL,
    "derivedFromChildren" BOOLEAN NOT NULL DEFAULT false,
    "sourceText" TEXT NOT NULL DEFAULT '',
    "order" INTEGER NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_target" (
    "indicatorId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "indicator_target_pkey" PRIMARY KEY ("indicatorId","year")
);

-- CreateTable
CREATE TABLE "milestone" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "plannedDate" DATE NOT NULL,
    "actualDate" DATE,

    CONSTRAINT "milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "progress_report" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "ProgressStatus" NOT NULL,
    "narrative" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "reviewState" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "reviewerId" INTEGER,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewComment" TEXT,
    "basedOnVersion" INTEGER NOT NULL,
    "revisesId" INTEGER,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "progress_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "progress_value" (
    "reportId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "progress_value_pkey" PRIMARY KEY ("reportId","indicatorId")
);

-- CreateTable
CREATE TABLE "milestone_report" (
    "reportId" INTEGER NOT NULL,
    "milestoneId" INTEGER NOT NULL,
    "actualDate" DATE NOT NULL,

    CONSTRAINT "milestone_report_pkey" PRIMARY KEY ("reportId","milestoneId")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_department" (
    "userId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,

    CONSTRAINT "user_department_pkey" PRIMARY KEY ("userId","departmentId")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "plan_code_key" ON "plan"("code");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_planId_code_key" ON "strategy"("planId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_planId_order_key" ON "strategy"("planId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "task_area_strategyId_code_key" ON "task_area"("strategyId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "task_area_strategyId_order_key" ON "task_area"("strategyId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "department_code_key" ON "department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "department_name_key" ON "department"("name");

-- CreateIndex
CREATE UNIQUE INDEX "measure_code_key" ON "measure"("code");

-- CreateIndex
CREATE INDEX "measure_leadDepartmentId_idx" ON "measure"("leadDepartmentId");

-- CreateIndex
CREATE INDEX "measure_parentId_idx" ON "measure"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "measure_taskAreaId_parentId_order_key" ON "measure"("taskAreaId", "parentId", "order");

-- CreateIndex
CREATE INDEX "measure_department_departmentId_idx" ON "measure_department"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_code_key" ON "indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_measureId_order_key" ON "indicator"("measureId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "milestone_measureId_order_key" ON "milestone"("measureId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "progress_report_revisesId_key" ON "progress_report"("revisesId");

-- CreateIndex
CREATE INDEX "progress_report_measureId_reviewState_periodEnd_idx" ON "progress_report"("measureId", "reviewState", "periodEnd");

-- CreateIndex
CREATE INDEX "progress_report_reviewState_idx" ON "progress_report"("reviewState");

-- CreateIndex
CREATE INDEX "progress_value_indicatorId_idx" ON "progress_value"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "attachment_storageKey_key" ON "attachment"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "user_department_departmentId_idx" ON "user_department"("departmentId");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_objectType_objectId_idx" ON "audit_log"("objectType", "objectId");

-- CreateIndex
CREATE INDEX "audit_log_actorId_idx" ON "audit_log"("actorId");

-- AddForeignKey
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_planId_fkey" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_area" ADD CONSTRAINT "task_area_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure" ADD CONSTRAINT "measure_taskAreaId_fkey" FOREIGN KEY ("taskAreaId") REFERENCES "task_area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure" ADD CONSTRAINT "measure_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure" ADD CONSTRAINT "measure_leadDepartmentId_fkey" FOREIGN KEY ("leadDepartmentId") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure_department" ADD CONSTRAINT "measure_department_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure_department" ADD CONSTRAINT "measure_department_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "progress_report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_value" ADD CONSTRAINT "progress_value_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "progress_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_value" ADD CONSTRAINT "progress_value_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_report" ADD CONSTRAINT "milestone_report_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "progress_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_report" ADD CONSTRAINT "milestone_report_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "milestone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "progress_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_department" ADD CONSTRAINT "user_department_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_department" ADD CONSTRAINT "user_department_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Invariants Prisma's schema language cannot express. Hand-written; keep in sync.
-- ---------------------------------------------------------------------------

ALTER TABLE "plan" ADD CONSTRAINT "plan_period_check" CHECK ("endDate" > "startDate");
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_order_check" CHECK ("order" >= 0);
ALTER TABLE "task_area" ADD CONSTRAINT "task_area_order_check" CHECK ("order" >= 0);
ALTER TABLE "measure" ADD CONSTRAINT "measure_order_check" CHECK ("order" >= 0);
ALTER TABLE "measure" ADD CONSTRAINT "measure_version_check" CHECK ("version" >= 1);
ALTER TABLE "measure" ADD CONSTRAINT "measure_not_own_parent_check" CHECK ("parentId" IS NULL OR "parentId" <> "id");
ALTER TABLE "measure" ADD CONSTRAINT "measure_title_check" CHECK (length(btrim("title")) > 0);
-- NULL parents are distinct in a plain unique index: top-level order needs its own.
CREATE UNIQUE INDEX "measure_top_level_order_key" ON "measure" ("taskAreaId", "order") WHERE "parentId" IS NULL;

ALTER TABLE "indicator" ADD CONSTRAINT "indicator_values_check"
  CHECK ("baselineValue" >= 0 AND "targetValue" >= 0);
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_percent_check"
  CHECK ("kind" <> 'PERCENT' OR ("baselineValue" <= 100 AND "targetValue" <= 100));
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_milestone_check"
  CHECK ("kind" <> 'MILESTONE' OR ("baselineValue" IN (0, 1) AND "targetValue" = 1));
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_deadline_check" CHECK ("deadline" >= "baselineDate");
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_check" CHECK ("value" >= 0 AND "year" BETWEEN 1900 AND 2200);
ALTER TABLE "department" ADD CONSTRAINT "department_name_check" CHECK (length(btrim("name")) > 0);

ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_period_check" CHECK ("periodEnd" >= "periodStart");
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_version_check" CHECK ("basedOnVersion" >= 1);
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_narrative_check" CHECK (length("narrative") <= 5000);
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_submitted_check"
  CHECK (("reviewState" = 'DRAFT') = ("submittedAt" IS NULL));
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_reviewed_check"
  CHECK (("reviewState" IN ('APPROVED', 'RETURNED')) = ("reviewerId" IS NOT NULL AND "reviewedAt" IS NOT NULL));
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_returned_comment_check"
  CHECK ("reviewState" <> 'RETURNED' OR length(btrim(coalesce("reviewComment", ''))) > 0);
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_not_own_revision_check" CHECK ("revisesId" IS NULL OR "revisesId" <> "id");
ALTER TABLE "progress_value" ADD CONSTRAINT "progress_value_check" CHECK ("value" >= 0);
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_size_check" CHECK ("sizeBytes" > 0 AND "sizeBytes" <= 20971520);
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_username_check" CHECK ("username" ~ '^[a-z0-9_.-]{3,64}$');
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_session_version_check" CHECK ("sessionVersion" >= 1);

-- Progress reports are append-only: never deleted; content frozen once submitted; the review
-- state moves only forward: DRAFT -> SUBMITTED -> APPROVED | RETURNED.
CREATE FUNCTION "progress_report_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
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
       OR (OLD."reviewState" = 'SUBMITTED' AND NEW."reviewState" IN ('APPROVED', 'RETURNED'))) THEN
    RAISE EXCEPTION 'progress_report %: review state cannot move from % to %', OLD."id", OLD."reviewState", NEW."reviewState"
      USING ERRCODE = 'P0001';
  END IF;
  IF OLD."reviewState" IN ('APPROVED', 'RETURNED') AND ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*) THEN
    RAISE EXCEPTION 'progress_report %: a reviewed report is final', OLD."id" USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "progress_report_append_only" BEFORE UPDATE OR DELETE ON "progress_report"
  FOR EACH ROW EXECUTE FUNCTION "progress_report_guard"();

-- The values and milestones of a report are frozen with it.
CREATE FUNCTION "report_child_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE state "ReviewState";
BEGIN
  SELECT "reviewState" INTO state FROM "progress_report" WHERE "id" = COALESCE(OLD."reportId", NEW."reportId");
  IF state <> 'DRAFT' THEN
    RAISE EXCEPTION '%: rows of a submitted report cannot be changed', TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER "progress_value_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "progress_value"
  FOR EACH ROW EXECUTE FUNCTION "report_child_guard"();
CREATE TRIGGER "milestone_report_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "milestone_report"
  FOR EACH ROW EXECUTE FUNCTION "report_child_guard"();

-- The audit log is append-only, enforced here and not only in code.
CREATE FUNCTION "audit_log_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_guard"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_guard"();
