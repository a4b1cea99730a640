-- CreateEnum
CREATE TYPE "ReportingCycle" AS ENUM ('MONTHLY', 'QUARTERLY');

-- AlterTable
ALTER TABLE "strategy" ADD COLUMN     "weight" DECIMAL(6,2) NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "task_area" ADD COLUMN     "weight" DECIMAL(6,2) NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "measure" ADD COLUMN     "dueDay" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "reportingCycle" "ReportingCycle" NOT NULL DEFAULT 'MONTHLY',
ADD COLUMN     "weight" DECIMAL(6,2) NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "failedLogins" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastLoginAt" TIMESTAMPTZ(3),
ADD COLUMN     "lockedUntil" TIMESTAMPTZ(3),
ADD COLUMN     "lockouts" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "user_strategy" (
    "userId" INTEGER NOT NULL,
    "strategyId" INTEGER NOT NULL,

    CONSTRAINT "user_strategy_pkey" PRIMARY KEY ("userId","strategyId")
);

-- CreateTable
CREATE TABLE "reminder" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "senderId" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "reminder_measureId_createdAt_idx" ON "reminder"("measureId", "createdAt");

-- CreateIndex
CREATE INDEX "audit_log_ip_action_at_idx" ON "audit_log"("ip", "action", "at");

-- AddForeignKey
ALTER TABLE "user_strategy" ADD CONSTRAINT "user_strategy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_strategy" ADD CONSTRAINT "user_strategy_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written invariants (see the init migration).
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_login_counters_check" CHECK ("failedLogins" >= 0 AND "lockouts" >= 0);
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_weight_check" CHECK ("weight" >= 0);
ALTER TABLE "task_area" ADD CONSTRAINT "task_area_weight_check" CHECK ("weight" >= 0);
ALTER TABLE "measure" ADD CONSTRAINT "measure_weight_check" CHECK ("weight" >= 0);
ALTER TABLE "measure" ADD CONSTRAINT "measure_due_day_check" CHECK ("dueDay" BETWEEN 1 AND 28);
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_message_check" CHECK (length(btrim("message")) BETWEEN 1 AND 500);
