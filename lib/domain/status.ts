// The words and types of the status engine. The rules themselves are SQL functions (decision 009,
// docs/status.md): they return numbers (which rule decided, expected and actual values, days
// late …) and the functions here word them. tests/support/status-oracle holds a brute-force copy
// of the rules that the SQL is tested against.

import { formatChineseDate, type IsoDate } from "./dates";
import type { IndicatorSpec } from "./indicator";
import { formatActual, formatCounts, formatExpected, formatPercent, formatTarget, STATUS_LABEL_ZH, type Status } from "./format";

export type { Status } from "./format";

/**
 * atRisk / lagging: the largest shortfall still judged ON_TRACK / AT_RISK. A shortfall is how
 * far the value is behind the expected path, as a share of the WHOLE baseline → target distance
 * (178 projects: 0.10 ≈ 17.8 projects behind). milestoneGraceDays: days after a milestone's
 * planned date during which a missing milestone is only AT_RISK (reports come in late).
 * laggingShare: the share of a group's weight lagging or overdue from which the group lags;
 * riskShare: the share at risk, lagging or overdue from which it is at risk.
 * Defaults: status_thresholds() in SQL, the only place they are written.
 */
export type Thresholds = { atRisk: number; lagging: number; milestoneGraceDays: number; laggingShare: number; riskShare: number };

export type Judgement = {
  status: Status;
  /** 0..1: share of the way from baseline to target (milestones: share reached). */
  progress: number;
  /** Expected value on asOf (milestones: how many are due); null when parts are mixed. */
  expected: number | null;
  /** Reported value (milestones: how many are reached); null when unknown or mixed. */
  actual: number | null;
  /** Why, in Chinese, with numbers and units. */
  reason: string;
};

export type ReportedStatus = "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "LAGGING" | "DONE";

/** Severity rank, higher is worse: OVERDUE > LAGGING > AT_RISK > ON_TRACK > NOT_STARTED > DONE. */
export const SEVERITY: Record<Status, number> = { DONE: 0, NOT_STARTED: 1, ON_TRACK: 2, AT_RISK: 3, LAGGING: 4, OVERDUE: 5 };

export const PROBLEMS: readonly Status[] = ["OVERDUE", "LAGGING", "AT_RISK"];
const EPS = 1e-9;

/**
 * Which rule of judgeIndicator decided: "done" (1), "overdue" (2), "preplan" (3), "nodata" (4:
 * nothing approved yet) or "path" (5: compared with the expected path). The SQL engine
 * (status_parts(), see docs/status.md) returns the same codes so that the wording is shared.
 */
export type IndicatorRule = "done" | "overdue" | "preplan" | "nodata" | "path";

/**
 * The Chinese reason of an indicator's judgement, from the numbers judgeIndicator computed
 * (or the SQL engine did): `expected` is the value on the path, `shortfall` the expected minus
 * the actual share of the distance.
 */
export function describeIndicator(args: {
  spec: IndicatorSpec;
  status: Status;
  rule: IndicatorRule;
  expected: number;
  actual: number | null;
  shortfall: number;
  planStart: IsoDate;
}): string {
  const { spec, status, rule, expected, actual, shortfall } = args;
  const yesNo = spec.kind === "MILESTONE";
  const exp = formatExpected(spec, expected);
  const deadline = formatChineseDate(spec.deadline);
  switch (rule) {
    case "done":
      return yesNo ? `已完成“${spec.name}”` : `已达到目标 ${formatActual(spec, actual ?? spec.targetValue)}（目标 ${formatTarget(spec)}）`;
    case "overdue":
      return `截止日期 ${deadline} 已过，目标未完成（实际 ${actual === null ? "无数据" : formatActual(spec, actual)}，目标 ${formatTarget(spec)}）`;
    case "preplan":
      return `规划自 ${formatChineseDate(args.planStart)} 起实施，尚未进入考核期`;
    case "nodata":
      if (status === "NOT_STARTED") {
        return exp === formatExpected(spec, spec.baselineValue) ? "尚无进展数据，按计划目前尚不要求进展" : `尚无进展数据，按计划应达 ${exp}，尚在容差范围内`;
      }
      return yesNo ? `尚无进展数据，截止日期 ${deadline} 已到，应已完成` : `尚无进展数据，按计划应达 ${exp}`;
    case "path": {
      if (yesNo) return status === "ON_TRACK" ? `尚未完成，截止日期 ${deadline}` : `截止日期 ${deadline} 已到，尚未完成`;
      const head = `实际 ${formatActual(spec, actual ?? spec.baselineValue)}，按计划应达 ${exp}`;
      const tail =
        status === "ON_TRACK"
          ? shortfall < -EPS ? "，进度超前" : "，进度正常"
          : `，落后于计划，差距占全程的 ${formatPercent(shortfall)}`;
      return head + tail;
    }
  }
}


/**
 * The Chinese reason of a milestones judgement: `worst` is the unreached milestone that decided
 * a problem status (null when none is late), `next` the first unreached one in planned order.
 */
export function describeMilestones(args: {
  status: Status;
  total: number;
  reached: number;
  worst: { name: string; plannedDate: IsoDate; late: number } | null;
  next: { name: string; plannedDate: IsoDate } | null;
  graceDays: number;
}): string {
  const { status, total, reached, worst, next } = args;
  if (total === 0) return "未设置里程碑";
  if (status === "DONE") return `全部 ${total} 个里程碑已完成`;
  const tally = `已完成 ${reached}/${total} 个里程碑`;
  if (worst && PROBLEMS.includes(status)) {
    const { name, plannedDate, late } = worst;
    const planned = `计划 ${formatChineseDate(plannedDate)}`;
    const what =
      status === "AT_RISK"
        ? `里程碑“${name}”已过计划日期 ${late} 天（${planned}），尚在 ${args.graceDays} 天宽限期内`
        : status === "OVERDUE"
          ? `里程碑“${name}”逾期 ${late} 天（${planned}），最终节点未完成`
          : `里程碑“${name}”逾期 ${late} 天（${planned}）`;
    return `${what}；${tally}`;
  }
  const when = next ? `计划于 ${formatChineseDate(next.plannedDate)}` : "";
  if (status === "NOT_STARTED") return `尚无到期的里程碑，首个“${next?.name ?? ""}”${when}`;
  return `${tally}，下一个“${next?.name ?? ""}”${when}`;
}

/** "完成 1、滞后 1": how many of `statuses` are in each status. */
export function countStatuses(statuses: readonly Status[]): Record<Status, number> {
  const counts: Record<Status, number> = { DONE: 0, ON_TRACK: 0, AT_RISK: 0, LAGGING: 0, OVERDUE: 0, NOT_STARTED: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** Where a measure's progress comes from (status_measures()' progressBasis). */
export type ProgressBasis = "indicators" | "milestones" | "reported" | "none";

/** The reason of a measure made OVERDUE by the end of its plan (nothing else of it is overdue). */
export function describePlanEnded(planEnd: IsoDate): string {
  return `规划期已于 ${formatChineseDate(planEnd)} 结束，尚未完成`;
}

/** The reason of a qualitative measure (no indicators, no milestones). */
export function describeQualitative(args: { preplan: boolean; planStart: IsoDate; reportedStatus: ReportedStatus | null }): string {
  if (args.preplan) return `规划自 ${formatChineseDate(args.planStart)} 起实施，尚未进入考核期`;
  if (args.reportedStatus === null) return "定性举措，尚无审核通过的进展报告";
  return `定性举措，按审核通过的填报状态：${STATUS_LABEL_ZH[args.reportedStatus]}`;
}

/** The reason of a measure of two or more parts: the tally, and the worst part's reason if it is a problem. */
export function describeMeasureParts(args: { status: Status; counts: Record<Status, number>; worstReason: string }): string {
  const n = Object.values(args.counts).reduce((a, b) => a + b, 0);
  const summary = `${n} 项考核内容：${formatCounts(args.counts)}`;
  return PROBLEMS.includes(args.status) ? `${summary}；最需关注：${args.worstReason}` : summary;
}
