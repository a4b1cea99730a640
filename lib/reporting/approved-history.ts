// What the public sees of a measure's approved reports, one value per period: a later approval
// for a period corrects the earlier ones (they are listed as its corrections, never as periods of
// their own). Per indicator, a period's value is that of its latest approved report that states
// the indicator, the rule the status engine counts by (status_parts: periodEnd DESC, id DESC).
// Pure: the public measure page passes in its approved reports, oldest first.

export type ApprovedReport = {
  id: number;
  /** "YYYY-MM-DD", the period's last day. */
  periodEnd: string;
  /** Shanghai calendar day of the approval, "" when unknown. */
  approvedOn: string;
  status: string;
  narrative: string;
  isDemo: boolean;
  values: { indicatorId: number; value: number }[];
};

export type HistoryEntry<R extends ApprovedReport> = { period: string; latest: R; corrections: R[] };

/** The periods newest first, each with its latest approval and the earlier ones (newest first). */
export function historyByPeriod<R extends ApprovedReport>(reports: R[]): HistoryEntry<R>[] {
  const byPeriod = new Map<string, R[]>();
  for (const r of sortOldestFirst(reports)) byPeriod.set(r.periodEnd, [...(byPeriod.get(r.periodEnd) ?? []), r]);
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([periodEnd, rs]) => ({ period: periodEnd.slice(0, 7), latest: rs[rs.length - 1], corrections: rs.slice(0, -1).reverse() }));
}

/** One point per period for an indicator: the latest approved value stated for it in that period. */
export function trendOf(reports: ApprovedReport[], indicatorId: number): { date: string; value: number }[] {
  const points = new Map<string, number>();
  for (const r of sortOldestFirst(reports)) {
    const v = r.values.find((x) => x.indicatorId === indicatorId);
    if (v) points.set(r.periodEnd, v.value);
  }
  return [...points.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, value]) => ({ date, value }));
}

/** Each published file once (a revision carries its predecessor's files over): the latest copy. */
export function distinctEvidence<E extends { id: number; sha256: string; fileName: string }>(files: E[]): E[] {
  const latest = new Map<string, E>();
  for (const f of [...files].sort((a, b) => a.id - b.id)) {
    const key = `${f.sha256}\u0000${f.fileName}`;
    latest.delete(key);
    latest.set(key, f);
  }
  return [...latest.values()];
}

function sortOldestFirst<R extends ApprovedReport>(reports: R[]): R[] {
  return [...reports].sort((a, b) => (a.periodEnd === b.periodEnd ? a.id - b.id : a.periodEnd < b.periodEnd ? -1 : 1));
}
