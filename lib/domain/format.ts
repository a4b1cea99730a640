// Chinese wording of the status engine: values with their units, counts of statuses.
// Kept free of Prisma types so the engine runs anywhere (server, client, tests).

import type { IndicatorSpec } from "./indicator";
import { STATUS_SHORT_ZH } from "./status-display";

// The labels live with the colours in status-display.ts; re-exported here for the engine's modules.
export { STATUS_LABEL_ZH, STATUS_SHORT_ZH } from "./status-display";

export type Status = "DONE" | "ON_TRACK" | "AT_RISK" | "LAGGING" | "OVERDUE" | "NOT_STARTED";

/** Every status, in the order the engine ranks them (worst first; see status.ts). */
export const STATUSES: readonly Status[] = ["OVERDUE", "LAGGING", "AT_RISK", "ON_TRACK", "NOT_STARTED", "DONE"];

/** The order of counts in one line: done first, then by worsening, not-started last. */
export const DISPLAY_ORDER: readonly Status[] = ["DONE", "ON_TRACK", "AT_RISK", "LAGGING", "OVERDUE", "NOT_STARTED"];

/** "完成 5、正常 4、风险 2、滞后 1": non-zero counts in DISPLAY_ORDER. */
export function formatCounts(counts: Record<Status, number>): string {
  return DISPLAY_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${STATUS_SHORT_ZH[s]} ${counts[s]}`)
    .join("、");
}

/** `value` with at most `decimals` decimals, trailing zeros dropped: 44.6 → "44.6", 45.0 → "45". */
export function formatNumber(value: number, decimals: number): string {
  const f = 10 ** decimals;
  const rounded = Math.round(value * f) / f;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A number followed by its unit: "32 个", "45.5%", or the bare number when there is no unit. */
export function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return unit === "%" || unit === "‰" ? `${text}${unit}` : `${text} ${unit}`;
}

/**
 * A value on the plan's path, rounded for reading: percentages to one decimal; counts and
 * amounts to whole numbers when the baseline → target distance is 20 units or more, else to
 * one decimal (2.5 所 says more than 3 所); yes/no milestones as 0 or 1.
 */
export function formatExpected(spec: IndicatorSpec, value: number): string {
  return withUnit(formatNumber(value, expectedDecimals(spec)), spec.unit);
}

function expectedDecimals(spec: IndicatorSpec): number {
  if (spec.kind === "MILESTONE") return 0;
  if (spec.kind === "PERCENT") return 1;
  return Math.abs(spec.targetValue - spec.baselineValue) >= 20 ? 0 : 1;
}

/** A reported value as reported (values are stored with two decimals). */
export function formatActual(spec: IndicatorSpec, value: number): string {
  return withUnit(formatNumber(value, 2), spec.unit);
}

/**
 * The target as the plan states it: "178 个" (reach at least), ">50 个", "≤60 吨", "1" (a
 * yes/no milestone). "At least" (GTE) and "exactly" (EQ) need no sign in Chinese.
 */
export function formatTarget(spec: IndicatorSpec): string {
  const sign = spec.comparison === "GT" ? ">" : spec.comparison === "LTE" ? "≤" : "";
  return `${sign}${withUnit(formatNumber(spec.targetValue, 2), spec.unit)}`;
}

/** A share as a whole percentage: 0.634 → "63%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
