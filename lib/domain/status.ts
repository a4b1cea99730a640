// The status engine: judges an indicator, a measure's milestones and a measure as a whole on a
// given day (asOf), from the plan's numbers and the approved progress. Pure functions: the
// caller loads the data and passes the day. docs/status.md explains the rules in plain words.

import { compareDates, daysBetween, formatChineseDate, type IsoDate } from "./dates";
import { distanceFraction, expectedValueAt, isTargetMet, type IndicatorSpec } from "./expected-path";
import { formatActual, formatCounts, formatExpected, formatPercent, formatTarget, STATUS_LABEL_ZH, type Status } from "./format";

export type { Status } from "./format";

/**
 * atRisk / lagging: the largest shortfall still judged ON_TRACK / AT_RISK. A shortfall is how
 * far the value is behind the expected path, as a share of the WHOLE baseline → target distance
 * (178 projects: 0.10 ≈ 17.8 projects behind). milestoneGraceDays: days after a milestone's
 * planned date during which a missing milestone is only AT_RISK (reports come in late).
 */
export type Thresholds = { atRisk: number; lagging: number; milestoneGraceDays: number };
export const DEFAULT_THRESHOLDS: Thresholds = { atRisk: 0.1, lagging: 0.25, milestoneGraceDays: 30 };

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

const PROBLEMS: readonly Status[] = ["OVERDUE", "LAGGING", "AT_RISK"];
const EPS = 1e-9;

/**
 * The status of a whole made of parts: the worst problem (OVERDUE, LAGGING, AT_RISK) if there
 * is one; otherwise DONE if every part is done, NOT_STARTED if none has started, and ON_TRACK
 * for a mix (some done or under way, the rest not yet due). No parts: NOT_STARTED.
 */
export function combineStatuses(statuses: readonly Status[]): Status {
  for (const s of PROBLEMS) if (statuses.includes(s)) return s;
  if (statuses.length === 0 || statuses.every((s) => s === "NOT_STARTED")) return "NOT_STARTED";
  if (statuses.every((s) => s === "DONE")) return "DONE";
  return "ON_TRACK";
}

function checkThresholds(t: Thresholds): Thresholds {
  if (!(t.atRisk >= 0 && t.lagging >= t.atRisk && t.milestoneGraceDays >= 0)) {
    throw new RangeError(`阈值无效：需 0 ≤ atRisk ≤ lagging，宽限天数 ≥ 0（${JSON.stringify(t)}）`);
  }
  return t;
}

/**
 * Which rule of judgeIndicator decided: "done" (1), "overdue" (2), "preplan" (3), "nodata" (4:
 * nothing approved yet) or "path" (5: compared with the expected path). The SQL engine
 * (status_parts(), see docs/status.md) returns the same codes so that the wording is shared.
 */
export type IndicatorRule = "done" | "overdue" | "preplan" | "nodata" | "path";

/** One indicator on `asOf`, given its latest approved value (null: none reported yet). */
export function judgeIndicator(args: {
  spec: IndicatorSpec;
  actual: number | null;
  asOf: IsoDate;
  planStart: IsoDate;
  thresholds?: Thresholds;
}): Judgement {
  const { spec, actual, asOf, planStart } = args;
  const t = checkThresholds(args.thresholds ?? DEFAULT_THRESHOLDS);
  const expected = expectedValueAt(spec, asOf);
  const expectedShare = distanceFraction(spec, expected);
  const actualShare = actual === null ? 0 : distanceFraction(spec, actual);
  const shortfall = expectedShare - actualShare;
  const judged = (status: Status, rule: IndicatorRule, progress = actualShare): Judgement => ({
    status,
    progress,
    expected,
    actual,
    reason: describeIndicator({ spec, status, rule, expected, actual, shortfall, planStart }),
  });

  // 1. Target met, even before the deadline.
  if (actual !== null && isTargetMet(spec, actual)) return judged("DONE", "done", 1);
  // 2. Deadline passed, target not met.
  if (compareDates(asOf, spec.deadline) > 0) return judged("OVERDUE", "overdue");
  // 3. The plan has not begun: nothing can be asked yet.
  if (compareDates(asOf, planStart) < 0) return judged("NOT_STARTED", "preplan");
  // 4. No value reported: fine while (almost) nothing is expected, lagging once progress is due.
  //    "Almost": within the atRisk tolerance, the same slack a reported value would get.
  if (actual === null) return judged(expectedShare <= t.atRisk + EPS ? "NOT_STARTED" : "LAGGING", "nodata");
  // 5. Compare with the expected path.
  return judged(shortfall <= t.atRisk + EPS ? "ON_TRACK" : shortfall <= t.lagging + EPS ? "AT_RISK" : "LAGGING", "path");
}

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

type MilestoneInput = { name: string; plannedDate: IsoDate; actualDate: IsoDate | null };

/**
 * A measure's (or project's) milestones on `asOf`. A milestone counts as reached when its
 * actualDate is on or before asOf (so a past day can be replayed). An unreached milestone past
 * its planned date is AT_RISK within the grace days, then LAGGING; the last one (the project's
 * end) becomes OVERDUE instead. Progress = reached / total; expected = due, actual = reached.
 */
export function judgeMilestones(args: { milestones: MilestoneInput[]; asOf: IsoDate; thresholds?: Thresholds }): Judgement {
  const { asOf } = args;
  const grace = checkThresholds(args.thresholds ?? DEFAULT_THRESHOLDS).milestoneGraceDays;
  const total = args.milestones.length;
  if (total === 0) {
    const reason = describeMilestones({ status: "NOT_STARTED", total, reached: 0, worst: null, next: null, graceDays: grace });
    return { status: "NOT_STARTED", progress: 0, expected: 0, actual: 0, reason };
  }

  const sorted = args.milestones
    .map((m, i) => ({ ...m, i }))
    .sort((a, b) => compareDates(a.plannedDate, b.plannedDate) || a.i - b.i);
  const last = sorted[total - 1];
  const isReached = (m: MilestoneInput) => m.actualDate !== null && compareDates(m.actualDate, asOf) <= 0;
  const reached = sorted.filter(isReached).length;
  const due = sorted.filter((m) => compareDates(m.plannedDate, asOf) <= 0).length;
  const judged = (status: Status, reason: string): Judgement => ({ status, progress: reached / total, expected: due, actual: reached, reason });

  let worst: { status: Status; m: MilestoneInput; late: number } | null = null;
  for (const m of sorted) {
    if (isReached(m)) continue;
    const late = daysBetween(m.plannedDate, asOf);
    if (late <= 0) continue;
    const status: Status = late <= grace ? "AT_RISK" : m === last ? "OVERDUE" : "LAGGING";
    if (!worst || SEVERITY[status] > SEVERITY[worst.status] || (status === worst.status && late > worst.late)) {
      worst = { status, m, late };
    }
  }
  const next = sorted.find((m) => !isReached(m)) ?? null;
  const status: Status = reached === total ? "DONE" : worst ? worst.status : reached === 0 ? "NOT_STARTED" : "ON_TRACK";
  return judged(status, describeMilestones({ status, total, reached, worst: worst && { ...worst.m, late: worst.late }, next, graceDays: grace }));
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

/**
 * A measure on `asOf`, from the judgements of its indicators and milestones. Status: see
 * combineStatuses (worst problem first); progress: mean of the parts' progress. A qualitative
 * measure (no indicators, no milestones) takes the status of its approved report, with progress
 * 1 when DONE and 0 otherwise (nothing is measurable about it); NOT_STARTED without one.
 */
export function judgeMeasure(args: {
  indicators: Judgement[];
  milestones: Judgement | null;
  hasApprovedReport: boolean;
  reportedStatus: ReportedStatus | null;
  asOf: IsoDate;
  planStart: IsoDate;
}): Judgement {
  const parts = args.milestones ? [...args.indicators, args.milestones] : args.indicators;
  if (parts.length === 0) {
    const preplan = compareDates(args.asOf, args.planStart) < 0;
    const status: Status = preplan || !args.hasApprovedReport || args.reportedStatus === null ? "NOT_STARTED" : args.reportedStatus;
    const reason = describeQualitative({ preplan, planStart: args.planStart, reportedStatus: args.hasApprovedReport ? args.reportedStatus : null });
    return { status, progress: status === "DONE" ? 1 : 0, expected: null, actual: null, reason };
  }
  if (parts.length === 1) return { ...parts[0] };

  const statuses = parts.map((p) => p.status);
  const status = combineStatuses(statuses);
  const progress = parts.reduce((sum, p) => sum + p.progress, 0) / parts.length;
  const worst = parts.reduce((w, p) => (SEVERITY[p.status] > SEVERITY[w.status] ? p : w));
  const reason = describeMeasureParts({ status, counts: countStatuses(statuses), worstReason: worst.reason });
  return { status, progress, expected: null, actual: null, reason };
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
