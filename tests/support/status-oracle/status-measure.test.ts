import { describe, it, expect } from "vitest";
import { combineStatuses, judgeIndicator, judgeMeasure, judgeMilestones, type Judgement, type Status } from "./status";
import { ASH_HALL, PLAN_START, PROJECTS_178, reached, SPORTS_CENTRE, PLAN_END } from "@/lib/domain/test-fixtures";

const part = (status: Status, progress: number, reason = `部分：${status}`): Judgement => ({
  status,
  progress,
  expected: 1,
  actual: 0,
  reason,
});

const measure = (indicators: Judgement[], milestones: Judgement | null = null, asOf = "2019-06-30") =>
  judgeMeasure({ indicators: indicators.map((j) => ({ ...j, numeric: true })), milestones, hasApprovedReport: false, reportedStatus: null, asOf, planStart: PLAN_START, planEnd: PLAN_END, reportedPercent: null });

describe("combineStatuses", () => {
  it.each<[Status[], Status]>([
    [[], "NOT_STARTED"],
    [["DONE"], "DONE"],
    [["DONE", "DONE"], "DONE"],
    [["NOT_STARTED", "NOT_STARTED"], "NOT_STARTED"],
    [["DONE", "NOT_STARTED"], "ON_TRACK"], // something done, the rest not due: under way
    [["ON_TRACK", "NOT_STARTED"], "ON_TRACK"],
    [["ON_TRACK", "DONE"], "ON_TRACK"],
    [["DONE", "AT_RISK"], "AT_RISK"],
    [["NOT_STARTED", "AT_RISK", "ON_TRACK"], "AT_RISK"],
    [["AT_RISK", "LAGGING"], "LAGGING"],
    [["LAGGING", "OVERDUE", "DONE"], "OVERDUE"],
    [["OVERDUE", "AT_RISK"], "OVERDUE"],
  ])("%j → %s", (statuses, status) => {
    expect(combineStatuses(statuses)).toBe(status);
  });
});

describe("judgeMeasure: qualitative measures (no indicators, no milestones)", () => {
  const qualitative = (hasApprovedReport: boolean, reportedStatus: Parameters<typeof judgeMeasure>[0]["reportedStatus"], asOf = "2019-06-30") =>
    judgeMeasure({ indicators: [], milestones: null, hasApprovedReport, reportedStatus, asOf, planStart: PLAN_START, planEnd: PLAN_END, reportedPercent: null });

  it.each([
    ["no report at all", false, null, "NOT_STARTED", 0, "定性举措，尚无审核通过的进展报告"],
    ["a status but no approved report", false, "ON_TRACK", "NOT_STARTED", 0, "尚无审核通过的进展报告"],
    ["an approved report without a status", true, null, "NOT_STARTED", 0, "尚无审核通过的进展报告"],
    ["approved: on track", true, "ON_TRACK", "ON_TRACK", 0, "定性举措，按审核通过的填报状态：正常推进"],
    ["approved: lagging", true, "LAGGING", "LAGGING", 0, "按审核通过的填报状态：滞后"],
    ["approved: at risk", true, "AT_RISK", "AT_RISK", 0, "存在风险"],
    ["approved: not started", true, "NOT_STARTED", "NOT_STARTED", 0, "未启动"],
    ["approved: done", true, "DONE", "DONE", 1, "按审核通过的填报状态：已完成"],
  ] as const)("%s", (_label, hasReport, reportedStatus, status, progress, reason) => {
    const j = qualitative(hasReport, reportedStatus);
    expect(j).toMatchObject({ status, progress, expected: null, actual: null });
    expect(j.reason).toContain(reason);
  });

  it("is not started before the plan, whatever was reported", () => {
    const j = qualitative(true, "DONE", "2016-12-31");
    expect(j.status).toBe("NOT_STARTED");
    expect(j.reason).toContain("规划自 2017年1月1日 起实施");
  });
});

describe("judgeMeasure: measures with indicators and milestones", () => {
  it("passes a single part through unchanged", () => {
    const only = judgeIndicator({ spec: PROJECTS_178, actual: 20, asOf: "2018-12-31", planStart: PLAN_START });
    expect(measure([only])).toEqual({ ...only, basis: "indicators", planEnded: false });
    expect(measure([only]).reason).toBe("实际 20 个，按计划应达 70 个，落后于计划，差距占全程的 28%");
  });

  it("judges a milestone-only measure (a project) by its milestones", () => {
    const ms = judgeMilestones({ planEnd: PLAN_END, milestones: SPORTS_CENTRE, asOf: "2018-08-09" });
    const j = measure([], ms, "2018-08-09");
    expect(j.status).toBe("LAGGING");
    expect(j.reason).toContain("里程碑“主体工程完工”逾期 40 天");
    expect(j.expected).toBe(1);
  });

  it("takes the worst part and explains it: the ash hall not built by 2018", () => {
    const asOf = "2019-01-15";
    const indicator = judgeIndicator({ spec: ASH_HALL, actual: 0, asOf, planStart: PLAN_START });
    const ms = judgeMilestones({
      planEnd: PLAN_END,
      milestones: [
        { name: "选址及立项", plannedDate: "2017-06-30", actualDate: "2017-06-01" },
        { name: "开工建设", plannedDate: "2017-12-31", actualDate: "2018-02-01" },
        { name: "建成投用", plannedDate: "2018-12-31", actualDate: null },
      ],
      asOf,
    });
    expect(indicator.status).toBe("OVERDUE");
    expect(ms.status).toBe("AT_RISK"); // 15 days after the last planned date: within grace
    const j = measure([indicator], ms, asOf);
    expect(j.status).toBe("OVERDUE");
    expect(j.progress).toBeCloseTo((0 + 2 / 3) / 2, 12);
    expect(j.reason).toBe("2 项考核内容：风险 1、逾期 1；最需关注：截止日期 2018年12月31日 已过，目标未完成（实际 0，目标 1）");
    expect(j.expected).toBeNull();
    expect(j.actual).toBeNull();
  });

  it.each<[string, Judgement[], Judgement | null, Status, number, string]>([
    ["all parts done", [part("DONE", 1), part("DONE", 1)], part("DONE", 1), "DONE", 1, "3 项考核内容：完成 3"],
    ["done and not yet due", [part("DONE", 1), part("NOT_STARTED", 0)], null, "ON_TRACK", 0.5, "2 项考核内容：完成 1、未启动 1"],
    ["nothing started", [part("NOT_STARTED", 0), part("NOT_STARTED", 0)], null, "NOT_STARTED", 0, "2 项考核内容：未启动 2"],
    ["one at risk", [part("ON_TRACK", 0.6), part("AT_RISK", 0.3, "实际 20 个")], null, "AT_RISK", 0.45, "最需关注：实际 20 个"],
    ["lagging beats at risk", [part("AT_RISK", 0.3, "甲"), part("LAGGING", 0.1, "乙")], part("ON_TRACK", 0.5), "LAGGING", 0.3, "最需关注：乙"],
    ["overdue beats lagging", [part("LAGGING", 0.2, "乙"), part("OVERDUE", 0.9, "丙")], null, "OVERDUE", 0.55, "最需关注：丙"],
  ])("%s", (_label, indicators, milestones, status, progress, reason) => {
    const j = measure(indicators, milestones);
    expect(j.status).toBe(status);
    expect(j.progress).toBeCloseTo(progress, 12);
    expect(j.reason).toContain(reason);
  });

  it("ignores the reported status when there is something to measure", () => {
    const j = judgeMeasure({
      indicators: [{ ...part("LAGGING", 0.1), numeric: true }],
      milestones: null,
      hasApprovedReport: true,
      reportedStatus: "ON_TRACK",
      reportedPercent: null,
      asOf: "2019-06-30",
      planStart: PLAN_START,
      planEnd: PLAN_END,
    });
    expect(j.status).toBe("LAGGING");
  });

  it("a project that reached all milestones early is done", () => {
    const ms = judgeMilestones({ planEnd: PLAN_END, milestones: reached("2018-05-01", "2019-03-01", "2019-10-01"), asOf: "2019-10-02" });
    expect(measure([], ms, "2019-10-02")).toMatchObject({ status: "DONE", progress: 1 });
  });
});
