// The plain-word sentence of a roll-up (a task area, a strategy, a department, the whole plan), in
// Chinese and in English, from its numbers. The roll-up itself is computed by status_rollups() in
// SQL (docs/status.md §七); this only words it.

import { formatPercent, type Status } from "./format";
import { STATUS_DISPLAY } from "./status-display";

export type RollUpNumbers = {
  /** Measures and projects per status (of those that weigh). */
  counts: Record<Status, number>;
  status: Status;
  /** Share of the weight lagging or overdue, and at risk, 0..1. */
  laggingWeightShare: number;
  atRiskWeightShare: number;
  /** The setting: from this share of lagging + overdue weight on, the group lags. */
  laggingShare: number;
  /** Items left out because they weigh 0. */
  ignored?: number;
};

/** The statuses that are no trouble, in the order the sentences name them. */
const REST: readonly Status[] = ["ON_TRACK", "DONE", "NOT_STARTED"];

function total(counts: Record<Status, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * "96 项中 3 项滞后、1 项逾期，占权重 4%；6 项存在风险；其余正常推进或已完成".
 */
export function describeRollUp(r: RollUpNumbers): string {
  const { counts } = r;
  const n = total(counts);
  const ignored = r.ignored ? `（另有 ${r.ignored} 项权重为 0，未计入）` : "";
  if (n === 0) return `暂无可统计的举措和项目${ignored}`;
  if (counts.DONE === n) return `${n} 项全部完成${ignored}`;
  if (counts.NOT_STARTED === n) return `${n} 项均未启动${ignored}`;
  const late = [counts.LAGGING && `${counts.LAGGING} 项滞后`, counts.OVERDUE && `${counts.OVERDUE} 项逾期`].filter(Boolean).join("、");
  const parts: string[] = [];
  if (late) {
    const verdict = r.status === "LAGGING" ? `，达到 ${formatPercent(r.laggingShare)} 的滞后线，总体滞后` : "";
    parts.push(`${n} 项中 ${late}，占权重 ${formatPercent(r.laggingWeightShare)}${verdict}`);
  }
  if (counts.AT_RISK) parts.push(`${late ? "" : `${n} 项中 `}${counts.AT_RISK} 项存在风险，占权重 ${formatPercent(r.atRiskWeightShare)}`);
  const rest = REST.filter((s) => counts[s] > 0).map((s) => STATUS_DISPLAY[s].zh);
  if (parts.length === 0) return `${n} 项均${rest.join("或")}${ignored}`;
  if (rest.length) parts.push(`其余${rest.join("或")}`);
  return parts.join("；") + ignored;
}

/** The same sentence in English: "3 of 96 lagging, 1 overdue (4% of the weight); 6 at risk; the rest on track or done". */
export function describeRollUpEn(r: RollUpNumbers): string {
  const { counts } = r;
  const n = total(counts);
  const ignored = r.ignored ? ` (${r.ignored} more weigh 0 and are not counted)` : "";
  if (n === 0) return `Nothing to count yet${ignored}`;
  if (counts.DONE === n) return `All ${n} done${ignored}`;
  if (counts.NOT_STARTED === n) return `None of ${n} started yet${ignored}`;
  const late = [counts.LAGGING && `${counts.LAGGING} lagging`, counts.OVERDUE && `${counts.OVERDUE} overdue`].filter(Boolean).join(", ");
  const parts: string[] = [];
  if (late) {
    const verdict = r.status === "LAGGING" ? `, at or over the ${formatPercent(r.laggingShare)} line: lagging overall` : "";
    parts.push(`of ${n}, ${late} (${formatPercent(r.laggingWeightShare)} of the weight)${verdict}`);
  }
  if (counts.AT_RISK) parts.push(`${late ? "" : `of ${n}, `}${counts.AT_RISK} at risk (${formatPercent(r.atRiskWeightShare)} of the weight)`);
  const rest = REST.filter((s) => counts[s] > 0).map((s) => STATUS_DISPLAY[s].en.toLowerCase());
  if (parts.length === 0) return `All ${n} ${rest.join(" or ")}${ignored}`;
  if (rest.length) parts.push(`the rest ${rest.join(" or ")}`);
  const text = parts.join("; ") + ignored;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
