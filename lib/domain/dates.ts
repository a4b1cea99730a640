// Calendar-day arithmetic on ISO dates ("YYYY-MM-DD"), for the status engine.
//
// Every date is a whole UTC day: no time of day, no time zone, no Date.now(). A date is turned
// into its day number (days since 1970-01-01, UTC) and back, so differences are exact day
// counts and leap days (2020-02-29) count like any other day.

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written "YYYY-MM-DD" ("2021-02-29" is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Days since 1970-01-01 (UTC). Throws a RangeError on anything but a real "YYYY-MM-DD" date. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`不是有效的日期（应为 YYYY-MM-DD）：${date}`);
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The ISO date of a day number (inverse of toDayNumber). */
export function fromDayNumber(day: number): IsoDate {
  if (!Number.isInteger(day)) throw new RangeError(`日序号必须是整数：${day}`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from `a` to `b`: positive when `b` is later, 0 on the same day. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** -1, 0 or 1 as `a` is before, on or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = daysBetween(b, a);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** December 31 of `year`: the day a yearly interim target is due. */
export function endOfYear(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`年份无效：${year}`);
  return `${String(year).padStart(4, "0")}-12-31`;
}

/** The calendar year of a date. */
export function yearOf(date: IsoDate): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

/**
 * How much of the period from `start` to `end` has elapsed on `asOf`, in [0, 1]:
 * 0 on or before `start`, 1 on or after `end`. A period of zero length (or reversed) is a
 * single instant: 0 before `end`, 1 from `end` on.
 */
export function fractionElapsed(start: IsoDate, end: IsoDate, asOf: IsoDate): number {
  const s = toDayNumber(start);
  const e = toDayNumber(end);
  const t = toDayNumber(asOf);
  if (e <= s) return t >= e ? 1 : 0;
  if (t <= s) return 0;
  if (t >= e) return 1;
  return (t - s) / (e - s);
}

/** "2019年12月31日": no leading zeros, as dates are written in Chinese documents. */
export function formatChineseDate(date: IsoDate): string {
  toDayNumber(date);
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
