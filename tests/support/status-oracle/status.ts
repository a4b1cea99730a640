// The status rules, brute force, for the tests only: the SQL functions of the migrations
// 20261129050000_status_dashboards and 20261130120000_status_engine_v2 are the engine the product
// runs (decision 009); tests/integration/status-sql.test.ts holds them to this copy on random plans.
// docs/status.md explains the rules.

import { compareDates, daysBetween, type IsoDate } from "@/lib/domain/dates";
import { distanceFraction, expectedValueAt, isTargetMet, type IndicatorSpec } from "./expected-path";
import type { Status } from "@/lib/domain/format";
import {
  countStatuses,
  describeIndicator,
  describeMeasureParts,
  describeMilestones,
  describePlanEnded,
  describeQualitative,
  PROBLEMS,
  type ProgressBasis,
  SEVERITY,
  type IndicatorRule,
  type Judgement,
  type ReportedStatus,
  type Thresholds,
} from "@/lib/domain/status";

export type { Status, Judgement, Thresholds };

/** The defaults of status_thresholds() (the tests check that they agree). */
export const DEFAULT_THRESHOLDS: Thresholds = { atRisk: 0.1, lagging: 0.25, milestoneGraceDays: 30, laggingShare: 0.2, riskShare: 0.1 };

const EPS = 1e-9;

type MilestoneInput = { name: string; plannedDate: IsoDate; actualDate: IsoDate | null };

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
  // 2. From the deadline day on, target not met.
  if (compareDates(asOf, spec.deadline) >= 0) return judged("OVERDUE", "overdue");
  // 3. The plan has not begun: nothing can be asked yet.
  if (compareDates(asOf, planStart) < 0) return judged("NOT_STARTED", "preplan");
  // 4. No value reported: fine while (almost) nothing is expected, lagging once progress is due.
  //    "Almost": within the atRisk tolerance, the same slack a reported value would get.
  if (actual === null) return judged(expectedShare <= t.atRisk + EPS ? "NOT_STARTED" : "LAGGING", "nodata");
  // 5. Compare with the expected path.
  return judged(shortfall <= t.atRisk + EPS ? "ON_TRACK" : shortfall <= t.lagging + EPS ? "AT_RISK" : "LAGGING", "path");
}

/**
 * A measure's (or project's) milestones on `asOf`. A milestone counts as reached when its
 * actualDate is on or before asOf (so a past day can be replayed). An unreached milestone past
 * its planned date is AT_RISK within the grace days, then LAGGING; the last one (the project's
 * end) becomes OVERDUE instead. Progress = reached / total; expected = due, actual = reached.
 */
export function judgeMilestones(args: { milestones: MilestoneInput[]; asOf: IsoDate; planEnd: IsoDate; thresholds?: Thresholds }): Judgement {
  const { asOf } = args;
  const ended = compareDates(asOf, args.planEnd) >= 0;
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
    if (late <= 0 && !ended) continue;
    // From the plan's last day on, every milestone not reached is overdue.
    const status: Status = ended ? "OVERDUE" : late <= grace ? "AT_RISK" : m === last ? "OVERDUE" : "LAGGING";
    if (!worst || SEVERITY[status] > SEVERITY[worst.status] || (status === worst.status && late > worst.late)) {
      worst = { status, m, late };
    }
  }
  const next = sorted.find((m) => !isReached(m)) ?? null;
  const status: Status = reached === total ? "DONE" : worst ? worst.status : reached === 0 ? "NOT_STARTED" : "ON_TRACK";
  return judged(status, describeMilestones({ status, total, reached, worst: worst && { ...worst.m, late: worst.late }, next, graceDays: grace }));
}

/**
 * A measure on `asOf`, from the judgements of its indicators (`numeric`: of a kind other than
 * yes/no) and milestones. Status: combineStatuses (worst problem first); a qualitative measure (no
 * indicators, no milestones) takes the status of its latest approved report (NOT_STARTED without
 * one); from the plan's last day on, anything not done is OVERDUE. Progress: the mean of the parts
 * when there are numeric indicators, else the share of milestones reached, else the approved
 * completion percentage, else 0 (basis "none"); 1 when done.
 */
export type MeasureJudgement = Judgement & { basis: ProgressBasis; planEnded: boolean };
export function judgeMeasure(args: {
  indicators: (Judgement & { numeric: boolean })[];
  milestones: Judgement | null;
  hasApprovedReport: boolean;
  reportedStatus: ReportedStatus | null;
  reportedPercent: number | null;
  asOf: IsoDate;
  planStart: IsoDate;
  planEnd: IsoDate;
}): MeasureJudgement {
  const parts: Judgement[] = args.milestones ? [...args.indicators, args.milestones] : args.indicators;
  const planEnded = compareDates(args.asOf, args.planEnd) >= 0;
  const basis: ProgressBasis = args.indicators.some((i) => i.numeric)
    ? "indicators"
    : args.milestones
      ? "milestones"
      : args.reportedPercent !== null
        ? "reported"
        : "none";
  let status: Status;
  let reason: string;
  if (parts.length === 0) {
    const preplan = compareDates(args.asOf, args.planStart) < 0;
    status = preplan || !args.hasApprovedReport || args.reportedStatus === null ? "NOT_STARTED" : args.reportedStatus;
    reason = describeQualitative({ preplan, planStart: args.planStart, reportedStatus: args.hasApprovedReport ? args.reportedStatus : null });
  } else if (parts.length === 1) {
    status = parts[0].status;
    reason = parts[0].reason;
  } else {
    const statuses = parts.map((p) => p.status);
    status = combineStatuses(statuses);
    const worst = parts.reduce((w, p) => (SEVERITY[p.status] > SEVERITY[w.status] ? p : w));
    reason = describeMeasureParts({ status, counts: countStatuses(statuses), worstReason: worst.reason });
  }
  if (planEnded && status !== "DONE" && status !== "OVERDUE") {
    status = "OVERDUE";
    reason = describePlanEnded(args.planEnd);
  }
  const progress =
    status === "DONE"
      ? 1
      : basis === "indicators"
        ? parts.reduce((sum, p) => sum + p.progress, 0) / parts.length
        : basis === "milestones"
          ? (args.milestones?.progress ?? 0)
          : basis === "reported"
            ? Math.min(Math.max((args.reportedPercent ?? 0) / 100, 0), 1)
            : 0;
  const single = parts.length === 1 ? parts[0] : null;
  return { status, progress, expected: single?.expected ?? null, actual: single?.actual ?? null, reason, basis, planEnded };
}
