import type { Db } from "@/lib/prisma-client";

const TABLES = [
  "plan", "strategy", "task_area", "department", "measure", "measure_department", "indicator", "indicator_target",
  "milestone", "progress_report", "progress_value", "milestone_report", "attachment", "app_user", "user_department",
  "user_strategy", "audit_log", "setting", "reminder",
];

/**
 * A digest of every row of every table: equal before and after a call means the call wrote
 * nothing at all — stronger than counting the rows one expects to change.
 */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const sql = TABLES.map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}
