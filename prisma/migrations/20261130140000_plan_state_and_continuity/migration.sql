-- Plans after the first (issue 15): a plan is a draft until an admin publishes it, then the
-- current one, then past once the next one is published. Exactly one plan is current: at most
-- one by the partial unique index below; the publish action swaps the two in one transaction.

-- CreateEnum
CREATE TYPE "PlanState" AS ENUM ('DRAFT', 'CURRENT', 'PAST');

-- AlterTable
ALTER TABLE "plan" ADD COLUMN "state" "PlanState" NOT NULL DEFAULT 'DRAFT';

-- The plan the code treated as current until now (the one that starts last) is the current one;
-- the others are past.
UPDATE "plan" SET "state" = 'PAST';
UPDATE "plan" SET "state" = 'CURRENT'
 WHERE id = (SELECT id FROM "plan" ORDER BY "startDate" DESC, id LIMIT 1);

-- At most one current plan.
CREATE UNIQUE INDEX "plan_one_current" ON "plan"("state") WHERE "state" = 'CURRENT';

-- A measure may continue (延续) a measure of an earlier plan.
ALTER TABLE "measure" ADD COLUMN "continuesId" INTEGER;
ALTER TABLE "measure" ADD CONSTRAINT "measure_continuesId_fkey" FOREIGN KEY ("continuesId") REFERENCES "measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "measure" ADD CONSTRAINT "measure_continues_other_check" CHECK ("continuesId" IS NULL OR "continuesId" <> id);
CREATE INDEX "measure_continuesId_idx" ON "measure"("continuesId");
