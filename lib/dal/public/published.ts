import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import { PUBLIC_PLAN_TAG } from "@/lib/cache-tags";

export type PublishedSummary = {
  /** When the published data last changed: the latest approval (ISO), or null. */
  lastUpdated: string | null;
  /** Whether any published report is generated demo data: the page then says so (演示数据). */
  hasDemoData: boolean;
};

/** What every public page says about its data as a whole: one statement. */
export async function getPublishedSummary(): Promise<PublishedSummary> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const [row] = await getDb().$queryRaw<{ lastUpdated: Date | null; hasDemoData: boolean | null }[]>`
    SELECT max("reviewedAt") AS "lastUpdated", bool_or("isDemo") AS "hasDemoData" FROM "progress_report" WHERE "reviewState" = 'APPROVED'`;
  return { lastUpdated: row?.lastUpdated?.toISOString() ?? null, hasDemoData: Boolean(row?.hasDemoData) };
}
