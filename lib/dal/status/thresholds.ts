import "server-only";
import { DEFAULT_THRESHOLDS, type Thresholds } from "@/lib/domain";
import { getDb } from "@/lib/db";
import { parseThresholdsSetting, THRESHOLDS_KEY } from "@/lib/validation/settings";

/**
 * The status thresholds in force: the Setting "status.thresholds" (saved by an admin, see
 * lib/actions/update-status-thresholds.ts), else DEFAULT_THRESHOLDS. The SQL engine reads the
 * same row (status_thresholds()), with the same defaults.
 */
export async function getStatusThresholds(): Promise<Thresholds> {
  const row = await getDb().setting.findUnique({ where: { key: THRESHOLDS_KEY }, select: { value: true } });
  return row ? parseThresholdsSetting(row.value) ?? DEFAULT_THRESHOLDS : DEFAULT_THRESHOLDS;
}
