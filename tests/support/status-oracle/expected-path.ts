// For the tests only (the engine is SQL: status_path_points(), status_parts()). The expected path of an indicator: the value it should have on a given day if the plan is
// kept, and how far a value has come from baseline to target.
//
// The path is piecewise linear in calendar days:
//   (baselineDate, baseline) → (Dec 31 of each interim year, interim value) → … → (deadline, target)
// - before the baseline date the expected value is the baseline, after the deadline the target;
// - interim targets dated on or before the baseline date, or on or after the deadline, are
//   ignored (the deadline's own point is always the target);
// - a falling indicator ("≤", e.g. 100 → 60) uses the same formula: its path simply goes down;
// - MILESTONE indicators are yes/no things (0 = not yet, 1 = done): nothing partial is
//   expected, so the expected value is the baseline (0) before the deadline and the target (1)
//   from the deadline on. Their interim targets are ignored.

import { endOfYear, toDayNumber, type IsoDate } from "@/lib/domain/dates";
import type { IndicatorSpec } from "@/lib/domain/indicator";

export type { IndicatorSpec };

/** Tolerance of EQ comparisons (values are stored with two decimals). */
export const EQ_TOLERANCE = 1e-9;

type Point = { day: number; value: number };

/** The corners of the expected path, in date order (at least the baseline and the deadline). */
export function pathPoints(spec: IndicatorSpec): { date: IsoDate; value: number }[] {
  const start = toDayNumber(spec.baselineDate);
  const end = toDayNumber(spec.deadline);
  const interim =
    spec.kind === "MILESTONE"
      ? []
      : [...(spec.interimTargets ?? [])]
          .sort((a, b) => a.year - b.year)
          .map((t) => ({ date: endOfYear(t.year), value: t.value }))
          .filter((p) => toDayNumber(p.date) > start && toDayNumber(p.date) < end);
  return [
    { date: spec.baselineDate, value: spec.baselineValue },
    ...interim,
    { date: spec.deadline, value: spec.targetValue },
  ];
}

/** The value the indicator should have on `asOf` if the plan is kept (see the file comment). */
export function expectedValueAt(spec: IndicatorSpec, asOf: IsoDate): number {
  const t = toDayNumber(asOf);
  const end = toDayNumber(spec.deadline);
  if (spec.kind === "MILESTONE") return t >= end ? spec.targetValue : spec.baselineValue;

  const points: Point[] = pathPoints(spec).map((p) => ({ day: toDayNumber(p.date), value: p.value }));
  const first = points[0];
  const last = points[points.length - 1];
  // A deadline on or before the baseline date leaves no time to progress: a step at the deadline.
  if (last.day <= first.day) return t >= last.day ? last.value : first.value;
  if (t <= first.day) return first.value;
  if (t >= last.day) return last.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (t <= b.day) return a.value + ((b.value - a.value) * (t - a.day)) / (b.day - a.day);
  }
  return last.value; // unreachable: t < last.day
}

/** Whether `value` meets the target: GTE ≥, GT >, EQ = (within 1e-9), LTE ≤. */
export function isTargetMet(spec: Pick<IndicatorSpec, "comparison" | "targetValue">, value: number): boolean {
  const target = spec.targetValue;
  switch (spec.comparison) {
    case "GTE":
      return value >= target;
    case "GT":
      return value > target;
    case "EQ":
      return Math.abs(value - target) < EQ_TOLERANCE;
    case "LTE":
      return value <= target;
  }
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Share of the baseline → target distance that `value` has covered, in [0, 1], without looking
 * at the comparison: (value − baseline) / (target − baseline), clamped. Works for falling
 * indicators (both differences are negative). With baseline = target there is no distance:
 * 1 if the value meets the target, else 0.
 */
export function distanceFraction(spec: IndicatorSpec, value: number): number {
  const span = spec.targetValue - spec.baselineValue;
  if (span === 0) return isTargetMet(spec, value) ? 1 : 0;
  return clamp01((value - spec.baselineValue) / span);
}

/**
 * How far from baseline to target `value` is, in [0, 1]; 1 whenever the target is met.
 * Note: for "> 50" a value of exactly 50 has covered the whole distance (1) and yet does not
 * meet the target; the status engine decides "done" with isTargetMet, never with this number.
 */
export function progressFraction(spec: IndicatorSpec, value: number): number {
  if (isTargetMet(spec, value)) return 1;
  return distanceFraction(spec, value);
}

/** Expected progress on `asOf` as a share of the baseline → target distance, in [0, 1]. */
export function expectedFractionAt(spec: IndicatorSpec, asOf: IsoDate): number {
  return distanceFraction(spec, expectedValueAt(spec, asOf));
}
