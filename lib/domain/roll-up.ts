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

function emptyCounts(): Record<Status, number> {
  return { DONE: 0, ON_TRACK: 0, AT_RISK: 0, LAGGING: 0, OVERDUE: 0, NOT_STARTED: 0 };
}

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
  const counts = emptyCounts();
  const weighed = items.map((item) => ({ item, w: weightOf(item) }));
  const counted = weighed.filter(({ w }) => w > 0);
  const ignored = weighed.length - counted.length;
  const ignoredNote = ignored > 0 ? `（另有 ${ignored} 项权重为 0，未计入）` : "";

  if (counted.length === 0) {
    return { progress: 0, counts, status: "NOT_STARTED", explanation: `暂无可统计的事项${ignoredNote}` };
  }

  let total = 0;
  let done = 0;
  let lagging = 0;
  for (const { item, w } of counted) {
    counts[item.status] += 1;
    total += w;
    done += w * item.progress;
    if (item.status === "LAGGING" || item.status === "OVERDUE") lagging += w;
  }
  const progress = done / total;
  const share = lagging / total;
  const n = counted.length;
  const troubled = counts.AT_RISK + counts.LAGGING + counts.OVERDUE;

  let status: Status;
  let verdict: string;
  if (counts.DONE === n) {
    status = "DONE";
    verdict = "全部完成";
  } else if (lagging > 0 && share >= laggingShare - EPS) {
    status = "LAGGING";
    verdict = `滞后或逾期的占权重 ${formatPercent(share)}（达到 ${formatPercent(laggingShare)}），总体滞后`;
  } else if (troubled > 0) {
    status = "AT_RISK";
    verdict = `有 ${troubled} 项存在风险、滞后或逾期，总体存在风险`;
  } else if (counts.NOT_STARTED === n) {
    status = "NOT_STARTED";
    verdict = "均未启动";
  } else {
    status = "ON_TRACK";
    verdict = "总体正常推进";
  }

  const explanation = `共 ${n} 项：${formatCounts(counts)}；加权完成度 ${formatPercent(progress)}；${verdict}${ignoredNote}`;
  return { progress, counts, status, explanation };
}
