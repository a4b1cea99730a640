// The thin formatting step of the SQL status engine: the SQL functions return numbers (which
// rule decided, expected and actual values, days late …) and these functions word them with
// lib/domain's own wording, so a reason reads the same whether the JS engine or SQL judged.
// Pure: no database, no React.

import {
  describeIndicator,
  describeMeasureParts,
  describeMilestones,
  describeQualitative,
  describeRollUp,
  formatCounts,
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
  asOf: IsoDate;
};

/** judgeMeasure's reason, from status_measures()'s numbers. */
export function measureReason(r: MeasureReasonNumbers): string {
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

const UNIT: Record<RollupLevel, string> = { taskArea: "项", strategy: "个重点任务", plan: "个战略" };

/**
 * rollUp's explanation, from status_rollups()'s numbers. A task area rolls up its measures and
 * projects; a strategy its task areas and the plan its strategies, so theirs also tells how many
 * measures and projects are inside.
 */
export function rollupExplanation(args: {
  level: RollupLevel;
  status: Status;
  progress: number;
  counts: StatusCounts;
  leafCounts: StatusCounts;
  share: number;
  ignored: number;
}): string {
  const text = describeRollUp({ ...args, unit: UNIT[args.level] });
  if (args.level === "taskArea") return text;
  const leaves = Object.values(args.leafCounts).reduce((a, b) => a + b, 0);
  return leaves > 0 ? `${text}；含举措和项目 ${leaves} 项：${formatCounts(args.leafCounts)}` : text;
}

