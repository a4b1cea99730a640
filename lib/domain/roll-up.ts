// Rolls judged items (measures, projects, task areas …) up into one line for a task area, a
// strategy, a department or the whole plan: weighted progress, counts per status and an
// overall status with a Chinese explanation.
//
// The overall status, in this order:
//   1. nothing to count (no items, or all of weight 0)          → NOT_STARTED
//   2. every item DONE                                          → DONE
//   3. LAGGING + OVERDUE items carry ≥ 20% of the weight         → LAGGING
//   4. any item AT_RISK, LAGGING or OVERDUE                      → AT_RISK
//   5. every item NOT_STARTED                                   → NOT_STARTED
//   6. otherwise (done, on track and not-yet-due items mixed)   → ON_TRACK
// A group is never OVERDUE itself: deadlines belong to indicators and projects; overdue items
// are counted (and weigh as lagging) but the group is "lagging".

import { formatCounts, formatPercent, type Status } from "./format";
import { countStatuses } from "./status";

export type RollUpItem = { status: Status; progress: number; weight?: number };

export type RollUp = {
  /** Weighted mean of the items' progress, 0..1 (0 when there is nothing to count). */
  progress: number;
  /** Items per status; items of weight 0 are not counted. */
  counts: Record<Status, number>;
  status: Status;
  explanation: string;
};

/** Share of the weight LAGGING or OVERDUE from which the whole group is LAGGING. */
export const LAGGING_SHARE = 0.2;

const EPS = 1e-9;

function weightOf(item: RollUpItem): number {
  const w = item.weight ?? 1;
  if (!Number.isFinite(w) || w < 0) throw new RangeError(`权重必须是非负有限数：${w}`);
  if (!Number.isFinite(item.progress) || item.progress < 0 || item.progress > 1) {
    throw new RangeError(`完成度必须在 0 到 1 之间：${item.progress}`);
  }
  return w;
}

/**
 * Weighted roll-up of `items` (weight defaults to 1; items of weight 0 are left out of
 * everything). `laggingShare` overrides the 20% rule of step 3.
 */
export function rollUp(items: readonly RollUpItem[], options: { laggingShare?: number } = {}): RollUp {
  const laggingShare = options.laggingShare ?? LAGGING_SHARE;
  const counts = countStatuses([]);
  const weighed = items.map((item) => ({ item, w: weightOf(item) }));
  const counted = weighed.filter(({ w }) => w > 0);
  const ignored = weighed.length - counted.length;

  let total = 0;
  let done = 0;
  let lagging = 0;
  for (const { item, w } of counted) {
    counts[item.status] += 1;
    total += w;
    done += w * item.progress;
    if (item.status === "LAGGING" || item.status === "OVERDUE") lagging += w;
  }
  const n = counted.length;
  const progress = n === 0 ? 0 : done / total;
  const share = n === 0 ? 0 : lagging / total;
  const status = rollUpStatus({ counts, lagging, share, laggingShare });
  return { progress, counts, status, explanation: describeRollUp({ counts, progress, status, share, laggingShare, ignored }) };
}

/** Steps 1–6 of the file comment, from the counts and the LAGGING + OVERDUE weight. */
export function rollUpStatus(args: { counts: Record<Status, number>; lagging: number; share: number; laggingShare?: number }): Status {
  const { counts, lagging, share } = args;
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  if (n === 0) return "NOT_STARTED";
  if (counts.DONE === n) return "DONE";
  if (lagging > 0 && share >= (args.laggingShare ?? LAGGING_SHARE) - EPS) return "LAGGING";
  if (counts.AT_RISK + counts.LAGGING + counts.OVERDUE > 0) return "AT_RISK";
  if (counts.NOT_STARTED === n) return "NOT_STARTED";
  return "ON_TRACK";
}

/**
 * The Chinese explanation of a roll-up, from its numbers (rollUp's own, or the SQL engine's).
 * `unit` names the items: "项" (default) for measures, "个重点任务" for task areas…
 */
export function describeRollUp(args: {
  counts: Record<Status, number>;
  progress: number;
  status: Status;
  share: number;
  laggingShare?: number;
  ignored?: number;
  unit?: string;
}): string {
  const { counts, progress, status, share } = args;
  const unit = args.unit ?? "项";
  const ignored = args.ignored ?? 0;
  const ignoredNote = ignored > 0 ? `（另有 ${ignored} ${unit}权重为 0，未计入）` : "";
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  if (n === 0) return `暂无可统计的事项${ignoredNote}`;
  const troubled = counts.AT_RISK + counts.LAGGING + counts.OVERDUE;
  const verdict = {
    DONE: "全部完成",
    LAGGING: `滞后或逾期的占权重 ${formatPercent(share)}（达到 ${formatPercent(args.laggingShare ?? LAGGING_SHARE)}），总体滞后`,
    AT_RISK: `有 ${troubled} ${unit}存在风险、滞后或逾期，总体存在风险`,
    NOT_STARTED: "均未启动",
    ON_TRACK: "总体正常推进",
    OVERDUE: "总体逾期", // never: a group is not overdue itself
  }[status];
  return `共 ${n} ${unit}：${formatCounts(counts)}；加权完成度 ${formatPercent(progress)}；${verdict}${ignoredNote}`;
}
