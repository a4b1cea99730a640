// Reporting cycles (填报周期): which periods a measure reports on, when each report is due, and
// where each period stands on a given day. Pure: no clock, no database; "today" is a parameter,
// as the as-of day is for the status engine.
//
// - A measure reports MONTHLY or QUARTERLY on calendar periods (months; quarters Jan–Mar …).
//   Only the periods of the plan count: from the one holding the plan's first day to the one
//   holding its last.
// - A period's report is due by `dueDay` (1–28) of the month after the period ends, a day in
//   Asia/Shanghai: a report submitted at 23:59 Beijing time on the due day is on time, at
//   00:00 the next day it is late (shanghaiDate turns an instant into that day).
// - A report counts for the period that holds its last day (periodEnd): a monthly report of
//   December answers for the fourth quarter of a quarterly measure.

import { addDays, daysBetween, isIsoDate, type IsoDate } from "./dates";

export type ReportingCycle = "MONTHLY" | "QUARTERLY";

export type ReportingPeriod = {
  /** "2021-12" for a month, "2021-Q4" for a quarter. */
  key: string;
  /** "2021年12月", "2021年第四季度". */
  label: string;
  start: IsoDate;
  end: IsoDate;
  /** The last day a report is on time (Asia/Shanghai). */
  due: IsoDate;
};

/** What the reports of a period say: the later states win (approved over pending over returned). */
export type PeriodState =
  /** Not due yet and not within DUE_SOON_DAYS of its due day. */
  | "NOT_DUE"
  /** Due within DUE_SOON_DAYS days (the due day included), no report yet. */
  | "DUE_SOON"
  /** Past its due day, no report submitted. */
  | "OVERDUE"
  /** Submitted, waiting for review. */
  | "SUBMITTED"
  /** Returned for revision, not submitted again yet. */
  | "RETURNED"
  | "APPROVED";

/** A report as the cycle sees it. Drafts are never submitted and do not count. */
export type ReportFact = {
  periodEnd: IsoDate;
  reviewState: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";
  /** When first submitted, as an instant; null for a draft. */
  submittedAt: Date | null;
};

export type PeriodStatus = {
  period: ReportingPeriod;
  state: PeriodState;
  /** Day (Asia/Shanghai) of the period's first submitted report, or null. */
  submittedOn: IsoDate | null;
  /** Submitted by the due day. */
  onTime: boolean;
};

/** "Due soon" is the last two weeks before the due day. */
export const DUE_SOON_DAYS = 14;

const QUARTER_ZH = ["一", "二", "三", "四"];
const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function checkDueDay(dueDay: number) {
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 28) throw new RangeError(`截止日须为 1–28 之间的整数：${dueDay}`);
}

function checkDate(date: IsoDate) {
  if (!isIsoDate(date)) throw new RangeError(`不是有效的日期（应为 YYYY-MM-DD）：${date}`);
}

/** The due day of a period that ends on `periodEnd`: `dueDay` of the following month. */
export function dueDateOf(periodEnd: IsoDate, dueDay: number): IsoDate {
  checkDate(periodEnd);
  checkDueDay(dueDay);
  const [y, m] = periodEnd.split("-").map(Number);
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return `${ny}-${pad(nm)}-${pad(dueDay)}`;
}

/** The period of `cycle` that holds `date`. */
export function periodContaining(cycle: ReportingCycle, date: IsoDate, dueDay = 5): ReportingPeriod {
  checkDate(date);
  const [y, m] = date.split("-").map(Number);
  if (cycle === "MONTHLY") {
    const end = lastDayOfMonth(y, m);
    return { key: `${y}-${pad(m)}`, label: `${y}年${m}月`, start: `${y}-${pad(m)}-01`, end, due: dueDateOf(end, dueDay) };
  }
  const q = Math.floor((m - 1) / 3) + 1;
  const end = lastDayOfMonth(y, q * 3);
  return { key: `${y}-Q${q}`, label: `${y}年第${QUARTER_ZH[q - 1]}季度`, start: `${y}-${pad(q * 3 - 2)}-01`, end, due: dueDateOf(end, dueDay) };
}

/** Every period of `cycle` that overlaps the plan, in order. */
export function periodsOfPlan(args: { cycle: ReportingCycle; dueDay: number; planStart: IsoDate; planEnd: IsoDate }): ReportingPeriod[] {
  const { cycle, dueDay, planStart, planEnd } = args;
  if (daysBetween(planStart, planEnd) < 0) throw new RangeError(`规划期结束早于开始：${planStart} – ${planEnd}`);
  const out = [periodContaining(cycle, planStart, dueDay)];
  while (out.at(-1)!.end < planEnd) out.push(periodContaining(cycle, addDays(out.at(-1)!.end, 1), dueDay));
  return out;
}

/** The period named by its key ("2021-12", "2021-Q4"), or null for anything else. */
export function periodFromKey(key: string, dueDay = 5): ReportingPeriod | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) return periodContaining("MONTHLY", `${month[1]}-${month[2]}-01`, dueDay);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return periodContaining("QUARTERLY", `${quarter[1]}-${pad(Number(quarter[2]) * 3)}-01`, dueDay);
  return null;
}

/** The period before `period`, of the same length. */
export function previousPeriod(period: ReportingPeriod, dueDay = 5): ReportingPeriod {
  return periodContaining(period.key.includes("Q") ? "QUARTERLY" : "MONTHLY", addDays(period.start, -1), dueDay);
}

const SHANGHAI_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day in Asia/Shanghai (UTC+8, no daylight saving) of an instant. */
export function shanghaiDate(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("无效的时间");
  return SHANGHAI_DAY.format(instant);
}

/**
 * The reference "today" of the due and overdue computations: `override` (the LIUSHI_TODAY
 * setting, "YYYY-MM-DD") when given, else the day `now` is in Asia/Shanghai.
 */
export function referenceDay(override: string | undefined, now: Date): IsoDate {
  if (override !== undefined && override.trim() !== "") {
    if (!isIsoDate(override.trim())) throw new RangeError(`LIUSHI_TODAY 须为 YYYY-MM-DD 格式的日期：${override}`);
    return override.trim();
  }
  return shanghaiDate(now);
}

/** Where one period stands on `today`, given the reports whose periodEnd falls inside it. */
export function judgePeriod(period: ReportingPeriod, reports: ReportFact[], today: IsoDate): PeriodStatus {
  checkDate(today);
  const inside = reports.filter((r) => r.reviewState !== "DRAFT" && r.periodEnd >= period.start && r.periodEnd <= period.end);
  const times = inside.flatMap((r) => (r.submittedAt ? [r.submittedAt.getTime()] : []));
  const submittedOn = times.length ? shanghaiDate(new Date(Math.min(...times))) : null;
  const onTime = submittedOn !== null && submittedOn <= period.due;
  const has = (s: ReportFact["reviewState"]) => inside.some((r) => r.reviewState === s);
  let state: PeriodState;
  if (has("APPROVED")) state = "APPROVED";
  else if (has("SUBMITTED")) state = "SUBMITTED";
  else if (has("RETURNED")) state = "RETURNED";
  else if (today > period.due) state = "OVERDUE";
  else if (daysBetween(today, period.due) <= DUE_SOON_DAYS) state = "DUE_SOON";
  else state = "NOT_DUE";
  return { period, state, submittedOn, onTime };
}

/** Every period of a measure's plan and where it stands on `today`. */
export function periodStatuses(args: {
  cycle: ReportingCycle;
  dueDay: number;
  planStart: IsoDate;
  planEnd: IsoDate;
  reports: ReportFact[];
  today: IsoDate;
}): PeriodStatus[] {
  return periodsOfPlan(args).map((p) => judgePeriod(p, args.reports, args.today));
}

/** What a measure's inbox line says: its overdue periods (the latest first) and the one due soon. */
export type MeasureDuty = {
  overdue: PeriodStatus[];
  dueSoon: PeriodStatus | null;
  returned: PeriodStatus[];
};

export function measureDuty(statuses: PeriodStatus[]): MeasureDuty {
  return {
    overdue: statuses.filter((s) => s.state === "OVERDUE").reverse(),
    dueSoon: statuses.find((s) => s.state === "DUE_SOON") ?? null,
    returned: statuses.filter((s) => s.state === "RETURNED"),
  };
}

/** Counts of a set of periods that were due (their due day is past): reported, on time, approved. */
export type ReportingRate = { due: number; submitted: number; onTime: number; approved: number };

export function reportingRate(statuses: PeriodStatus[]): ReportingRate {
  return {
    due: statuses.length,
    submitted: statuses.filter((s) => s.submittedOn !== null).length,
    onTime: statuses.filter((s) => s.onTime).length,
    approved: statuses.filter((s) => s.state === "APPROVED").length,
  };
}
