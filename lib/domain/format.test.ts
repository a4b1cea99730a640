import { describe, it, expect } from "vitest";
import type { IndicatorSpec } from "./indicator";
import {
  DISPLAY_ORDER,
  formatActual,
  formatCounts,
  formatExpected,
  formatNumber,
  formatPercent,
  formatTarget,
  STATUS_LABEL_ZH,
  STATUSES,
  withUnit,
} from "./format";
import { HEALTHY_VILLAGES, MIGRANT_SCHOOLS, NATIONAL_HEALTHY_TOWN, POLLUTERS, PROJECTS_178, SORTING_RATE } from "./test-fixtures";

describe("formatNumber", () => {
  it.each([
    [44.6, 0, "45"],
    [44.4, 0, "44"],
    [44.6, 1, "44.6"],
    [45.0, 1, "45"],
    [4.1639, 1, "4.2"],
    [60.5, 2, "60.5"],
    [-0.0001, 1, "0"],
    [178, 2, "178"],
  ])("%d with %i decimals → %s", (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });
});

describe("withUnit", () => {
  it.each([
    ["32", "个", "32 个"],
    ["45.5", "%", "45.5%"],
    ["3", "‰", "3‰"],
    ["1", "", "1"],
  ])("%s + %s → %s", (text, unit, out) => {
    expect(withUnit(text, unit)).toBe(out);
  });
});

describe("formatExpected rounds for reading", () => {
  it.each<[string, IndicatorSpec, number, string]>([
    ["a count over a distance of 178: whole numbers", PROJECTS_178, 115.7377, "116 个"],
    ["a count over a distance of 30: whole numbers", HEALTHY_VILLAGES, 43.98, "44 个"],
    ["a small count (6 schools): one decimal", MIGRANT_SCHOOLS, 4.1639, "4.2 所"],
    ["a small count, whole value", MIGRANT_SCHOOLS, 4, "4 所"],
    ["a falling count", POLLUTERS, 79.6, "80 家"],
    ["a percentage: one decimal", SORTING_RATE, 51.6374, "51.6%"],
    ["a yes/no milestone", NATIONAL_HEALTHY_TOWN, 1, "1"],
  ])("%s", (_label, spec, value, text) => {
    expect(formatExpected(spec, value)).toBe(text);
  });
});

describe("formatActual / formatTarget", () => {
  it("shows reported values with up to two decimals", () => {
    expect(formatActual(SORTING_RATE, 60.25)).toBe("60.25%");
    expect(formatActual(PROJECTS_178, 32)).toBe("32 个");
  });
  it.each<[IndicatorSpec, string]>([
    [PROJECTS_178, "178 个"],
    [HEALTHY_VILLAGES, ">50 个"],
    [POLLUTERS, "≤60 家"],
    [NATIONAL_HEALTHY_TOWN, "1"],
    [SORTING_RATE, "90%"],
  ])("%#: target %s", (spec, text) => {
    expect(formatTarget(spec)).toBe(text);
  });
});

describe("status labels and counts", () => {
  it("lists every status once, in both orders", () => {
    expect([...STATUSES].sort()).toEqual([...DISPLAY_ORDER].sort());
    expect(new Set(STATUSES).size).toBe(6);
    expect(Object.keys(STATUS_LABEL_ZH).sort()).toEqual([...STATUSES].sort());
  });
  it("writes non-zero counts, done first, not started last", () => {
    expect(formatCounts({ DONE: 5, ON_TRACK: 4, AT_RISK: 2, LAGGING: 1, OVERDUE: 0, NOT_STARTED: 3 })).toBe("完成 5、正常 4、风险 2、滞后 1、未启动 3");
    expect(formatCounts({ DONE: 0, ON_TRACK: 0, AT_RISK: 0, LAGGING: 0, OVERDUE: 2, NOT_STARTED: 0 })).toBe("逾期 2");
  });
  it.each([
    [0.634, "63%"],
    [0.125, "13%"],
    [1, "100%"],
    [0, "0%"],
  ])("formatPercent(%d) = %s", (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });
});
