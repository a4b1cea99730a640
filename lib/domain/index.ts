// The status engine of the plan tracker: pure functions, no React, no Prisma, no clock.
// Dates are ISO "YYYY-MM-DD" strings and the as-of day is always a parameter.
// docs/status.md explains the rules; each module's comment gives the details.

export {
  type IsoDate,
  isIsoDate,
  toDayNumber,
  fromDayNumber,
  daysBetween,
  addDays,
  compareDates,
  endOfYear,
  yearOf,
  fractionElapsed,
  formatChineseDate,
} from "./dates";

export {
  type IndicatorKind,
  type Comparison,
  type IndicatorSpec,
  EQ_TOLERANCE,
  pathPoints,
  expectedValueAt,
  expectedFractionAt,
  isTargetMet,
  distanceFraction,
  progressFraction,
} from "./expected-path";

export {
  type Status,
  STATUSES,
  DISPLAY_ORDER,
  STATUS_LABEL_ZH,
  STATUS_SHORT_ZH,
  formatNumber,
  withUnit,
  formatExpected,
  formatActual,
  formatTarget,
  formatPercent,
  formatCounts,
} from "./format";

export {
  type Thresholds,
  type Judgement,
  type ReportedStatus,
  DEFAULT_THRESHOLDS,
  SEVERITY,
  combineStatuses,
  judgeIndicator,
  judgeMilestones,
  judgeMeasure,
  type IndicatorRule,
  describeIndicator,
  describeMilestones,
  describeQualitative,
  describeMeasureParts,
  countStatuses,
} from "./status";

export {
  type StatusDisplay,
  STATUS_DISPLAY,
  STATUS_LABEL_EN,
  STATUS_COLOR,
  statusLabel,
  statusColorClass,
  statusBadgeClass,
  statusBarClass,
} from "./status-display";

export { type RollUpItem, type RollUp, LAGGING_SHARE, rollUp, rollUpStatus, describeRollUp } from "./roll-up";
