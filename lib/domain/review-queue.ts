// 待审核: filtering and sorting the queue of submitted reports. Pure: the days each report has
// waited are computed by the caller from "today" in Asia/Shanghai.

export type QueueLine = { strategyCode: string; department: string; period: string; daysWaiting: number; submittedAt: string };

export const QUEUE_SORTS = ["waiting", "period", "strategy", "department"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_SORT_LABEL: Record<QueueSort, string> = {
  waiting: "等待最久在前",
  period: "填报期（最早在前）",
  strategy: "按战略",
  department: "按牵头单位",
};

/** "Waited at least" choices, in days. */
export const WAITING_CHOICES = [3, 7, 14, 30] as const;

export type QueueFilter = { strategy?: string; department?: string; period?: string; minDays?: number; sort?: QueueSort };

export function filterAndSortQueue<T extends QueueLine>(lines: T[], f: QueueFilter): T[] {
  const kept = lines.filter(
    (l) =>
      (!f.strategy || l.strategyCode === f.strategy) &&
      (!f.department || l.department === f.department) &&
      (!f.period || l.period === f.period) &&
      (f.minDays === undefined || l.daysWaiting >= f.minDays),
  );
  // Every order ends with the oldest submission first: who waited longest is reviewed first.
  const oldest = (a: T, b: T) => a.submittedAt.localeCompare(b.submittedAt);
  const by: Record<QueueSort, (a: T, b: T) => number> = {
    waiting: () => 0,
    period: (a, b) => a.period.localeCompare(b.period),
    strategy: (a, b) => a.strategyCode.localeCompare(b.strategyCode),
    department: (a, b) => a.department.localeCompare(b.department, "zh-CN"),
  };
  const compare = by[f.sort ?? "waiting"];
  return [...kept].sort((a, b) => compare(a, b) || oldest(a, b));
}
