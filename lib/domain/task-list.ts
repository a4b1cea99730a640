// 我的任务: what each measure's line says about reporting (the next due day, overdue and due-soon
// marks) and how the list is filtered and sorted. Pure: "today" is already in the period states.

import type { IsoDate } from "./dates";
import type { PeriodStatus } from "./reporting-cycle";
import { SEVERITY } from "./status";
import type { Status } from "./format";

export type TaskDue = {
  /** The period the line names: the latest overdue one, else the one due soon, else the next one. */
  period: { key: string; label: string; due: IsoDate } | null;
  /** How many periods are past their due day without a submitted report. */
  overdue: number;
  /** A period is due within DUE_SOON_DAYS (overdue ones may be open besides). */
  dueSoon: boolean;
  /** Returned reports whose revision has not been submitted yet. */
  returned: number;
  /** Submitted and waiting for review. */
  pending: number;
};

export function taskDue(statuses: PeriodStatus[]): TaskDue {
  const overdue = statuses.filter((s) => s.state === "OVERDUE");
  const soon = statuses.find((s) => s.state === "DUE_SOON");
  const next = statuses.find((s) => s.state === "NOT_DUE");
  const named = overdue.at(-1) ?? soon ?? next ?? null;
  return {
    period: named && { key: named.period.key, label: named.period.label, due: named.period.due },
    overdue: overdue.length,
    dueSoon: soon !== undefined,
    returned: statuses.filter((s) => s.state === "RETURNED").length,
    pending: statuses.filter((s) => s.state === "SUBMITTED").length,
  };
}

export const DUE_FILTERS = ["overdue", "dueSoon", "returned", "pending"] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];
export const DUE_FILTER_LABEL: Record<DueFilter, string> = { overdue: "逾期未报", dueSoon: "即将到期", returned: "退回待修改", pending: "待审核" };

export const TASK_SORTS = ["plan", "due", "status"] as const;
export type TaskSort = (typeof TASK_SORTS)[number];
export const TASK_SORT_LABEL: Record<TaskSort, string> = { plan: "按规划顺序", due: "按截止日期（最早在前）", status: "按状态（最需关注在前）" };

export type TaskLine = { code: string; status: Status; due: TaskDue };
export type TaskFilter = { status?: Status; due?: DueFilter; sort?: TaskSort };

const DUE_TEST: Record<DueFilter, (d: TaskDue) => boolean> = {
  overdue: (d) => d.overdue > 0,
  dueSoon: (d) => d.dueSoon,
  returned: (d) => d.returned > 0,
  pending: (d) => d.pending > 0,
};

/**
 * The lines that pass the filter, sorted. "plan" keeps the given order (the plan's); "due" puts
 * the earliest due day first (lines without one last); "status" the most severe first, the most
 * overdue periods breaking ties. Every sort falls back to the plan's order.
 */
export function filterAndSortTasks<T extends TaskLine>(lines: T[], filter: TaskFilter): T[] {
  const kept = lines
    .map((line, order) => ({ line, order }))
    .filter(({ line }) => (!filter.status || line.status === filter.status) && (!filter.due || DUE_TEST[filter.due](line.due)));
  const byDue = (a: T, b: T) => (a.due.period?.due ?? "9999-12-31").localeCompare(b.due.period?.due ?? "9999-12-31");
  const byStatus = (a: T, b: T) => SEVERITY[b.status] - SEVERITY[a.status] || b.due.overdue - a.due.overdue;
  const compare = filter.sort === "due" ? byDue : filter.sort === "status" ? byStatus : () => 0;
  return kept.sort((a, b) => compare(a.line, b.line) || a.order - b.order).map(({ line }) => line);
}
