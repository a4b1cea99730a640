import "server-only";
import type { Thresholds } from "@/lib/domain";
import { getDb } from "@/lib/db";

/**
 * The status thresholds in force, as the SQL engine reads them (status_thresholds(): the Setting
 * "status.thresholds" saved by an admin, else its defaults, written there only).
 */
export async function getStatusThresholds(): Promise<Thresholds> {
  const [t] = await getDb().$queryRaw<{ atRisk: number; lagging: number; graceDays: number; laggingShare: number; riskShare: number }[]>`
    SELECT "atRisk", lagging, "graceDays", "laggingShare", "riskShare" FROM status_thresholds()`;
  return { atRisk: t.atRisk, lagging: t.lagging, milestoneGraceDays: t.graceDays, laggingShare: t.laggingShare, riskShare: t.riskShare };
}
