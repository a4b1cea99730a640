import { describe, it, expect } from "vitest";
import type { IndicatorSpec } from "@/lib/domain/indicator";
import { DEFAULT_THRESHOLDS, judgeIndicator, type Status } from "./status";
import {
  HEALTHY_VILLAGES,
  HEALTHY_VILLAGES_GTE,
  HUNDRED,
  MIGRANT_SCHOOLS,
  NATIONAL_HEALTHY_TOWN,
  PLAN_START,
  POLLUTERS,
  PROJECTS_178,
  SORTING_RATE,
} from "@/lib/domain/test-fixtures";

const judge = (spec: IndicatorSpec, actual: number | null, asOf: string) =>
  judgeIndicator({ spec, actual, asOf, planStart: PLAN_START });

type Row = [label: string, spec: IndicatorSpec, actual: number | null, asOf: string, status: Status, reason: string, progress: number];

describe("judgeIndicator", () => {
  it.each<Row>([
    // before the plan starts
    ["before the plan start, no data", PROJECTS_178, null, "2016-12-31", "NOT_STARTED", "规划自 2017年1月1日 起实施，尚未进入考核期", 0],
    ["before the plan start, a value", PROJECTS_178, 0, "2016-06-30", "NOT_STARTED", "尚未进入考核期", 0],
    // missing reports
    ["no data on the first day", PROJECTS_178, null, "2017-01-01", "NOT_STARTED", "尚无进展数据，按计划目前尚不要求进展", 0],
    ["no data, expected 12 of 178 (7% < 10%)", PROJECTS_178, null, "2017-06-01", "NOT_STARTED", "尚无进展数据，按计划应达 12 个，尚在容差范围内", 0],
    ["no data, expected 30 (17% of the way)", PROJECTS_178, null, "2017-12-31", "LAGGING", "尚无进展数据，按计划应达 30 个", 0],
    ["no data on a milestone, before its deadline", NATIONAL_HEALTHY_TOWN, null, "2018-06-30", "NOT_STARTED", "尚无进展数据，按计划目前尚不要求进展", 0],
    // From the deadline day on, a target not met is overdue (issue 13: the plan's last day is not "on track").
    ["no data on a milestone, on its deadline", NATIONAL_HEALTHY_TOWN, null, "2019-12-31", "OVERDUE", "截止日期 2019年12月31日 已过，目标未完成（实际 无数据，目标 1）", 0],
    ["no data on a milestone, the day before its deadline", NATIONAL_HEALTHY_TOWN, null, "2019-12-30", "NOT_STARTED", "尚无进展数据", 0],
    ["no data after the deadline", PROJECTS_178, null, "2022-01-01", "OVERDUE", "截止日期 2021年12月31日 已过，目标未完成（实际 无数据，目标 178 个）", 0],
    // on the path
    ["exactly on the path", PROJECTS_178, 70, "2018-12-31", "ON_TRACK", "实际 70 个，按计划应达 70 个，进度正常", 70 / 178],
    ["ahead of the path", PROJECTS_178, 80, "2018-12-31", "ON_TRACK", "实际 80 个，按计划应达 70 个，进度超前", 80 / 178],
    ["13 behind (7%)", PROJECTS_178, 32, "2018-05-17", "ON_TRACK", "实际 32 个，按计划应达 45 个，进度正常", 32 / 178],
    ["25 behind (14%)", PROJECTS_178, 20, "2018-05-17", "AT_RISK", "实际 20 个，按计划应达 45 个，落后于计划，差距占全程的 14%", 20 / 178],
    ["50 behind (28%)", PROJECTS_178, 20, "2018-12-31", "LAGGING", "实际 20 个，按计划应达 70 个，落后于计划，差距占全程的 28%", 20 / 178],
    ["leap day, 16 behind (9%)", PROJECTS_178, 100, "2020-02-29", "ON_TRACK", "实际 100 个，按计划应达 116 个", 100 / 178],
    ["leap day, small count keeps a decimal", MIGRANT_SCHOOLS, 3, "2020-02-29", "AT_RISK", "实际 3 所，按计划应达 4.2 所", 0.5],
    ["percent with one decimal", SORTING_RATE, 49, "2018-03-01", "ON_TRACK", "实际 49%，按计划应达 51.6%", 9 / 50],
    ["percent half way", SORTING_RATE, 60.5, "2019-07-02", "ON_TRACK", "实际 60.5%，按计划应达 65%", 20.5 / 50],
    // target reached early
    ["178 reached early", PROJECTS_178, 178, "2019-06-30", "DONE", "已达到目标 178 个（目标 178 个）", 1],
    ["more than 178", PROJECTS_178, 181, "2021-12-31", "DONE", "已达到目标 181 个（目标 178 个）", 1],
    ["'> 50' villages reached early", HEALTHY_VILLAGES, 53, "2020-06-30", "DONE", "已达到目标 53 个（目标 >50 个）", 1],
    // GT vs GTE at the boundary
    ["'> 50' at 50 is not done (ahead of the path)", HEALTHY_VILLAGES, 50, "2020-06-30", "ON_TRACK", "实际 50 个，按计划应达 44 个，进度超前", 1],
    ["'> 50' at 50 on the deadline", HEALTHY_VILLAGES, 50, "2021-12-31", "OVERDUE", "截止日期 2021年12月31日 已过，目标未完成（实际 50 个，目标 >50 个）", 1],
    ["'> 50' at 50 the day after", HEALTHY_VILLAGES, 50, "2022-01-01", "OVERDUE", "截止日期 2021年12月31日 已过，目标未完成（实际 50 个，目标 >50 个）", 1],
    ["'> 50' at 51 the day after", HEALTHY_VILLAGES, 51, "2022-01-01", "DONE", "已达到目标 51 个（目标 >50 个）", 1],
    ["'≥ 50' at 50 the day after", HEALTHY_VILLAGES_GTE, 50, "2022-01-01", "DONE", "已达到目标 50 个（目标 50 个）", 1],
    // the deadline
    ["8 short on the deadline", PROJECTS_178, 170, "2021-12-31", "OVERDUE", "截止日期 2021年12月31日 已过，目标未完成（实际 170 个，目标 178 个）", 170 / 178],
    ["8 short the day before the deadline", PROJECTS_178, 170, "2021-12-30", "ON_TRACK", "实际 170 个，按计划应达 178 个", 170 / 178],
    ["8 short the day after", PROJECTS_178, 170, "2022-01-01", "OVERDUE", "截止日期 2021年12月31日 已过，目标未完成（实际 170 个，目标 178 个）", 170 / 178],
    // "≤" indicators must fall
    ["≤ on the falling path", POLLUTERS, 80, "2019-07-02", "ON_TRACK", "实际 80 家，按计划应达 80 家", 0.5],
    ["≤ 5 too many (12.5%)", POLLUTERS, 85, "2019-07-02", "AT_RISK", "差距占全程的 13%", 0.375],
    ["≤ 12 too many (30%)", POLLUTERS, 92, "2019-07-02", "LAGGING", "实际 92 家，按计划应达 80 家", 0.2],
    ["≤ rising instead of falling", POLLUTERS, 105, "2019-07-02", "LAGGING", "差距占全程的 50%", 0],
    ["≤ reached early", POLLUTERS, 60, "2018-01-01", "DONE", "已达到目标 60 家（目标 ≤60 家）", 1],
    ["≤ one too many the day after", POLLUTERS, 61, "2022-01-01", "OVERDUE", "（实际 61 家，目标 ≤60 家）", 39 / 40],
    // yes/no milestone indicators
    ["milestone not yet, before its deadline", NATIONAL_HEALTHY_TOWN, 0, "2018-06-30", "ON_TRACK", "尚未完成，截止日期 2019年12月31日", 0],
    ["milestone not yet, on its deadline", NATIONAL_HEALTHY_TOWN, 0, "2019-12-31", "OVERDUE", "截止日期 2019年12月31日 已过，目标未完成（实际 0，目标 1）", 0],
    ["milestone not yet, the day after", NATIONAL_HEALTHY_TOWN, 0, "2020-01-01", "OVERDUE", "截止日期 2019年12月31日 已过，目标未完成（实际 0，目标 1）", 0],
    ["milestone done early", NATIONAL_HEALTHY_TOWN, 1, "2019-05-01", "DONE", "已完成“创成国家级卫生镇”", 1],
  ])("%s", (_label, spec, actual, asOf, status, reason, progress) => {
    const j = judge(spec, actual, asOf);
    expect(j.status).toBe(status);
    expect(j.reason).toContain(reason);
    expect(j.progress).toBeCloseTo(progress, 9);
    expect(j.actual).toBe(actual);
  });

  it("returns the unrounded expected value", () => {
    expect(judge(PROJECTS_178, 100, "2020-02-29").expected).toBeCloseTo(110 + (35 * 60) / 366, 9);
    expect(judge(NATIONAL_HEALTHY_TOWN, null, "2019-12-30").expected).toBe(0);
  });

  // 0 → 100 over 730 days, 50 expected on 2017-12-31: the shortfall is (50 − actual) / 100.
  it.each<[number, Status]>([
    [50, "ON_TRACK"],
    [40, "ON_TRACK"], // 0.10: still on track
    [39.99, "AT_RISK"],
    [25, "AT_RISK"], // 0.25: still at risk
    [24.99, "LAGGING"],
    [0, "LAGGING"],
  ])("threshold boundary: actual %d → %s", (actual, status) => {
    expect(judge(HUNDRED, actual, "2017-12-31").status).toBe(status);
  });

  it("no data within the atRisk tolerance is not started, beyond it lagging", () => {
    expect(judge(HUNDRED, null, "2017-03-13").status).toBe("NOT_STARTED"); // day 72: 9.9%
    expect(judge(HUNDRED, null, "2017-03-14").status).toBe("NOT_STARTED"); // day 73: exactly 10%
    expect(judge(HUNDRED, null, "2017-03-15").status).toBe("LAGGING"); // day 74: 10.1%
    expect(judge(HUNDRED, null, "2017-03-15").reason).toBe("尚无进展数据，按计划应达 10 项");
  });

  it("uses custom thresholds", () => {
    const strict = { ...DEFAULT_THRESHOLDS, atRisk: 0.02, lagging: 0.04 };
    const at = (actual: number) => judgeIndicator({ spec: HUNDRED, actual, asOf: "2017-12-31", planStart: PLAN_START, thresholds: strict }).status;
    expect(judge(HUNDRED, 45, "2017-12-31").status).toBe("ON_TRACK");
    expect(at(49)).toBe("ON_TRACK");
    expect(at(47)).toBe("AT_RISK");
    expect(at(45)).toBe("LAGGING");
  });

  it.each([
    { atRisk: 0.3, lagging: 0.2, milestoneGraceDays: 30 },
    { atRisk: -0.1, lagging: 0.2, milestoneGraceDays: 30 },
    { atRisk: 0.1, lagging: 0.2, milestoneGraceDays: -1 },
  ])("refuses thresholds %j", (thresholds) => {
    expect(() => judgeIndicator({ spec: HUNDRED, actual: 1, asOf: "2017-12-31", planStart: PLAN_START, thresholds: { ...thresholds, laggingShare: 0.2, riskShare: 0.1 } })).toThrow(/阈值无效/);
  });
});
