import { describe, it, expect } from "vitest";
import {
  addDays,
  compareDates,
  daysBetween,
  endOfYear,
  formatChineseDate,
  fractionElapsed,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  yearOf,
} from "./dates";

describe("isIsoDate", () => {
  it.each([
    ["2020-02-29", true], // leap day
    ["2000-02-29", true], // divisible by 400
    ["1900-02-29", false], // divisible by 100, not 400
    ["2021-02-29", false],
    ["2021-04-31", false],
    ["2021-13-01", false],
    ["2021-00-10", false],
    ["2021-1-1", false],
    ["20210101", false],
    ["2021-01-01T00:00:00Z", false],
    ["", false],
    ["2021-12-31", true],
  ])("%s → %s", (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});

describe("toDayNumber / fromDayNumber", () => {
  it("counts days from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1970-01-02")).toBe(1);
    expect(toDayNumber("1969-12-31")).toBe(-1);
  });
  it.each(["2016-12-31", "2017-01-01", "2020-02-29", "2020-03-01", "2021-12-31"])("round-trips %s", (date) => {
    expect(fromDayNumber(toDayNumber(date))).toBe(date);
  });
  it.each(["2021-02-29", "2021/01/01", "yesterday", "2021-1-01"])("refuses %s with a Chinese message", (date) => {
    expect(() => toDayNumber(date)).toThrow(/不是有效的日期/);
  });
  it("refuses a fractional day number", () => {
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });
});

describe("daysBetween", () => {
  it.each([
    ["2016-12-31", "2016-12-31", 0],
    ["2016-12-31", "2017-01-01", 1],
    ["2017-01-01", "2016-12-31", -1],
    ["2019-12-31", "2020-12-31", 366], // 2020 is a leap year
    ["2020-12-31", "2021-12-31", 365],
    ["2016-12-31", "2021-12-31", 1826], // the plan: five years, one leap day
    ["2020-02-28", "2020-03-01", 2],
    ["2021-02-28", "2021-03-01", 1],
    ["2019-12-31", "2020-02-29", 60],
    ["2018-06-30", "2018-08-09", 40],
  ])("%s → %s = %i", (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });
});

describe("addDays", () => {
  it.each([
    ["2020-02-28", 1, "2020-02-29"],
    ["2020-02-29", 1, "2020-03-01"],
    ["2021-02-28", 1, "2021-03-01"],
    ["2020-03-01", -1, "2020-02-29"],
    ["2017-01-01", -1, "2016-12-31"],
    ["2019-12-31", 30, "2020-01-30"],
    ["2018-06-30", 30, "2018-07-30"],
    ["2021-12-31", 0, "2021-12-31"],
    ["2016-12-31", 1826, "2021-12-31"],
  ])("%s + %i = %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
  it("refuses an invalid date", () => {
    expect(() => addDays("2019-02-29", 1)).toThrow(RangeError);
  });
});

describe("compareDates", () => {
  it.each([
    ["2019-12-31", "2020-01-01", -1],
    ["2020-01-01", "2019-12-31", 1],
    ["2020-02-29", "2020-02-29", 0],
  ] as const)("%s vs %s = %i", (a, b, c) => {
    expect(compareDates(a, b)).toBe(c);
  });
});

describe("endOfYear / yearOf", () => {
  it.each([
    [2017, "2017-12-31"],
    [2020, "2020-12-31"],
    [2021, "2021-12-31"],
  ])("endOfYear(%i) = %s", (year, date) => {
    expect(endOfYear(year)).toBe(date);
  });
  it.each([2021.5, 0, 10000, Number.NaN])("endOfYear refuses %s", (year) => {
    expect(() => endOfYear(year)).toThrow(RangeError);
  });
  it("yearOf reads the calendar year and validates", () => {
    expect(yearOf("2020-02-29")).toBe(2020);
    expect(() => yearOf("2020-02-30")).toThrow(RangeError);
  });
});

describe("fractionElapsed", () => {
  it.each([
    ["before the start", "2016-12-31", "2021-12-31", "2016-06-01", 0],
    ["on the start", "2016-12-31", "2021-12-31", "2016-12-31", 0],
    ["half way (730 days)", "2016-12-31", "2018-12-31", "2017-12-31", 0.5],
    ["on the leap day", "2019-12-31", "2020-12-31", "2020-02-29", 60 / 366],
    ["middle of a leap year", "2019-12-31", "2020-12-31", "2020-07-01", 0.5],
    ["on the end", "2016-12-31", "2021-12-31", "2021-12-31", 1],
    ["after the end", "2016-12-31", "2021-12-31", "2022-01-01", 1],
    ["zero-length period, before", "2020-01-01", "2020-01-01", "2019-12-31", 0],
    ["zero-length period, on", "2020-01-01", "2020-01-01", "2020-01-01", 1],
    ["reversed period, after its end", "2020-06-30", "2020-01-01", "2020-03-01", 1],
  ])("%s", (_label, start, end, asOf, expected) => {
    expect(fractionElapsed(start, end, asOf)).toBeCloseTo(expected, 12);
  });
});

describe("formatChineseDate", () => {
  it.each([
    ["2019-12-31", "2019年12月31日"],
    ["2017-01-01", "2017年1月1日"],
    ["2020-02-29", "2020年2月29日"],
  ])("%s → %s", (date, text) => {
    expect(formatChineseDate(date)).toBe(text);
  });
  it("refuses an invalid date", () => {
    expect(() => formatChineseDate("2021-02-29")).toThrow(RangeError);
  });
});
