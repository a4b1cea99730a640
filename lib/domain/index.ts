// The plan tracker's domain words and dates: pure functions, no React, no Prisma, no clock. The
// status rules themselves are SQL (decision 009); lib/domain words what they return.
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

export type { IndicatorKind, Comparison, IndicatorSpec } from "./indicator";

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
  type ProgressBasis,
  SEVERITY,
  PROBLEMS,
  type IndicatorRule,
  describePlanEnded,
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

export { type RollUpNumbers, describeRollUp, describeRollUpEn } from "./roll-up";

export { mostTroubled } from "./troubled";
