// The thin formatting step of the SQL status engine: the SQL functions return numbers (which
// rule decided, expected and actual values, days late …) and these functions word them with
// lib/domain's own wording, so a reason reads the same whether the JS engine or SQL judged.
// Pure: no database, no React.

import {
  describeIndicator,
  describeMeasureParts,
  describeMilestones,
  describePlanEnded,
  describeQualitative,
  describeRollUp,
  describeRollUpEn,
  type IndicatorKind,
  type IndicatorRule,
  type IsoDate,
  type ReportedStatus,
  type Status,
} from "@/lib/domain";

export type StatusCounts = Record<Status, number>;

/** The numbers status_measures() returns for a measure's reason (see the snapshot table). */
export type MeasureReasonNumbers = {
  status: Status;
  parts: number;
  counts: StatusCounts;
  reported: ReportedStatus | null;
  worstKind: "I" | "M" | null;
  worstRule: IndicatorRule | null;
  worstExpected: number | null;
  worstActual: number | null;
  worstShortfall: number | null;
  /** The indicator the reason names (worstKind "I"). */
  indicator: {
    name: string;
    unit: string;
    kind: IndicatorKind;
    comparison: "GTE" | "GT" | "EQ" | "LTE";
    baselineValue: number;
    baselineDate: IsoDate;
    targetValue: number;
    deadline: IsoDate;
  } | null;
  msTotal: number;
  msReached: number;
  msWorst: { name: string; plannedDate: IsoDate; late: number } | null;
  msNext: { name: string; plannedDate: IsoDate } | null;
  graceDays: number;
  planStart: IsoDate;
  planEnd: IsoDate;
  /** asOf is on or after the plan's last day. */
  planEnded: boolean;
  asOf: IsoDate;
};

/** judgeMeasure's reason, from status_measures()'s numbers. */
export function measureReason(r: MeasureReasonNumbers): string {
  // Made overdue by the plan's end, not by a part of its own (status_measure_severity()).
  const partOverdue = r.worstKind === "M" || (r.worstKind === "I" && r.worstRule === "overdue");
  if (r.planEnded && r.status === "OVERDUE" && (r.parts === 0 || !partOverdue)) return describePlanEnded(r.planEnd);
  if (r.parts === 0) return describeQualitative({ preplan: r.asOf < r.planStart, planStart: r.planStart, reportedStatus: r.reported });
  // The named part has the measure's status whenever its reason is shown: it is the only part,
  // or the worst one of a measure with a problem.
  const status = r.status;
  const worstReason =
    r.worstKind === "I" && r.indicator && r.worstRule
      ? describeIndicator({
          spec: r.indicator,
          status,
          rule: r.worstRule,
          expected: r.worstExpected ?? r.indicator.baselineValue,
          actual: r.worstActual,
          shortfall: r.worstShortfall ?? 0,
          planStart: r.planStart,
        })
      : describeMilestones({ status, total: r.msTotal, reached: r.msReached, worst: r.msWorst, next: r.msNext, graceDays: r.graceDays });
  if (r.parts === 1) return worstReason;
  return describeMeasureParts({ status, counts: r.counts, worstReason });
}

export type RollupLevel = "plan" | "strategy" | "taskArea";

/** A roll-up's sentence in Chinese and English, from status_rollups()'s numbers. */
export function rollupExplanation(args: {
  status: Status;
  counts: StatusCounts;
  weightTotal: number;
  laggingWeight: number;
  troubledWeight: number;
  laggingShare: number;
  ignored: number;
}): { zh: string; en: string } {
  const share = (w: number) => (args.weightTotal > 0 ? w / args.weightTotal : 0);
  const numbers = {
    counts: args.counts,
    status: args.status,
    laggingWeightShare: share(args.laggingWeight),
    atRiskWeightShare: share(args.troubledWeight - args.laggingWeight),
    laggingShare: args.laggingShare,
    ignored: args.ignored,
  };
  return { zh: describeRollUp(numbers), en: describeRollUpEn(numbers) };
}
