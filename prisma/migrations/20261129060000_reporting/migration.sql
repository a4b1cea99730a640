-- Reporting cycles, inbox, reminders, generated reports and spreadsheet import (issue 6).
-- Reporting periods, due dates and the inbox are computed (lib/domain/reporting-cycle.ts) from
-- columns that exist already (measure."reportingCycle", "dueDay"; the reminder table): the only
-- new column is where a user's reminders are e-mailed when SMTP is configured.

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "email" TEXT;

-- Hand-written invariants (see the init migration).
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_email_check"
  CHECK ("email" IS NULL OR (length("email") <= 254 AND "email" ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'));
