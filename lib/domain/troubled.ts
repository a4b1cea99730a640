// Which rows a long table shows first. Pure.
import { SEVERITY, type Status } from "./status";

/**
 * All the rows when they are at most `limit`; else the `limit` most troubled: by status (overdue
 * first, then lagging, at risk, on track, not started, done), then the least advanced, then in their
 * own order. `total` is how many there are in all.
 */
export function mostTroubled<T extends { status: Status; progress: number }>(rows: readonly T[], limit: number): { rows: T[]; total: number } {
  if (rows.length <= limit) return { rows: [...rows], total: rows.length };
  const ranked = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => SEVERITY[b.row.status] - SEVERITY[a.row.status] || a.row.progress - b.row.progress || a.i - b.i);
  return { rows: ranked.slice(0, limit).map((x) => x.row), total: rows.length };
}
