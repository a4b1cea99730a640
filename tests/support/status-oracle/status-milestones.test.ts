import { describe, it, expect } from "vitest";
import type { IsoDate } from "@/lib/domain/dates";
import { DEFAULT_THRESHOLDS, judgeMilestones, type Status } from "./status";
import { reached, SPORTS_CENTRE, PLAN_END } from "@/lib/domain/test-fixtures";

type Milestones = { name: string; plannedDate: IsoDate; actualDate: IsoDate | null }[];
type Row = [label: string, milestones: Milestones, asOf: IsoDate, status: Status, reason: string, progress: number, due: number];

// 市民体育中心: 主体工程完工 2018-06-30 → 竣工验收 2019-06-30 → 投入使用 2019-12-31 (the last one).
describe("judgeMilestones", () => {
  it.each<Row>([
    ["nothing due yet", SPORTS_CENTRE, "2017-06-30", "NOT_STARTED", "尚无到期的里程碑，首个“主体工程完工”计划于 2018年6月30日", 0, 0],
    ["the first is due today", SPORTS_CENTRE, "2018-06-30", "NOT_STARTED", "首个“主体工程完工”计划于 2018年6月30日", 0, 1],
    ["one day late", SPORTS_CENTRE, "2018-07-01", "AT_RISK", "里程碑“主体工程完工”已过计划日期 1 天（计划 2018年6月30日），尚在 30 天宽限期内；已完成 0/3 个里程碑", 0, 1],
    ["30 days late: last day of grace", SPORTS_CENTRE, "2018-07-30", "AT_RISK", "已过计划日期 30 天", 0, 1],
    ["31 days late", SPORTS_CENTRE, "2018-07-31", "LAGGING", "里程碑“主体工程完工”逾期 31 天（计划 2018年6月30日）；已完成 0/3 个里程碑", 0, 1],
    ["40 days late", SPORTS_CENTRE, "2018-08-09", "LAGGING", "里程碑“主体工程完工”逾期 40 天", 0, 1],
    ["first reached on time", reached("2018-06-20"), "2018-12-31", "ON_TRACK", "已完成 1/3 个里程碑，下一个“竣工验收”计划于 2019年6月30日", 1 / 3, 1],
    ["first reached late, after asOf: not yet reached", reached("2018-07-15"), "2018-07-01", "AT_RISK", "已过计划日期 1 天", 0, 1],
    ["first reached late, on asOf", reached("2018-07-15"), "2018-07-15", "ON_TRACK", "已完成 1/3 个里程碑", 1 / 3, 1],
    ["two reached, last 15 days late", reached("2018-06-30", "2019-06-30"), "2020-01-15", "AT_RISK", "里程碑“投入使用”已过计划日期 15 天", 2 / 3, 3],
    ["two reached, last 31 days late", reached("2018-06-30", "2019-06-30"), "2020-01-31", "OVERDUE", "里程碑“投入使用”逾期 31 天（计划 2019年12月31日），最终节点未完成；已完成 2/3 个里程碑", 2 / 3, 3],
    ["all reached early", reached("2018-05-01", "2019-03-01", "2019-10-01"), "2019-10-02", "DONE", "全部 3 个里程碑已完成", 1, 2],
    ["all reached, years later", reached("2018-05-01", "2019-03-01", "2019-10-01"), "2025-01-01", "DONE", "全部 3 个里程碑已完成", 1, 3],
    // the worst unreached milestone speaks for the whole
    ["first 385 days late, second within grace", SPORTS_CENTRE, "2019-07-20", "LAGGING", "里程碑“主体工程完工”逾期 385 天", 0, 2],
    ["all three late: the last is overdue", SPORTS_CENTRE, "2020-03-01", "OVERDUE", "里程碑“投入使用”逾期 61 天", 0, 3],
    ["a later one reached, an earlier one missing", reached(null, "2019-06-01"), "2019-12-01", "LAGGING", "里程碑“主体工程完工”逾期 519 天（计划 2018年6月30日）；已完成 1/3 个里程碑", 1 / 3, 2],
  ])("%s", (_label, milestones, asOf, status, reason, progress, due) => {
    const j = judgeMilestones({ planEnd: PLAN_END, milestones, asOf });
    expect(j.status).toBe(status);
    expect(j.reason).toContain(reason);
    expect(j.progress).toBeCloseTo(progress, 12);
    expect(j.expected).toBe(due);
    expect(j.actual).toBe(Math.round(progress * 3));
  });

  it("matches the wording of the plan's example: “主体完工” 40 days late", () => {
    const j = judgeMilestones({
      planEnd: PLAN_END,
      milestones: [
        { name: "主体完工", plannedDate: "2019-06-30", actualDate: null },
        { name: "竣工投用", plannedDate: "2020-06-30", actualDate: null },
      ],
      asOf: "2019-08-09",
    });
    expect(j.status).toBe("LAGGING");
    expect(j.reason).toMatch(/^里程碑“主体完工”逾期 40 天/);
  });

  it("orders milestones by planned date, whatever the input order", () => {
    const shuffled = [SPORTS_CENTRE[2], SPORTS_CENTRE[0], SPORTS_CENTRE[1]];
    // 投入使用 is still the last one: 31 days after it, OVERDUE (not LAGGING)
    const j = judgeMilestones({ planEnd: PLAN_END, milestones: shuffled, asOf: "2020-01-31" });
    expect(j.status).toBe("OVERDUE");
    expect(j.reason).toContain("投入使用");
  });

  it("counts a leap day: 2020-02-29 + 30 days is the last day of grace", () => {
    const milestones = [
      { name: "开工建设", plannedDate: "2020-02-29", actualDate: null },
      { name: "建成通车", plannedDate: "2021-06-30", actualDate: null },
    ];
    expect(judgeMilestones({ planEnd: PLAN_END, milestones, asOf: "2020-03-30" }).status).toBe("AT_RISK");
    expect(judgeMilestones({ planEnd: PLAN_END, milestones, asOf: "2020-03-31" }).status).toBe("LAGGING");
    expect(judgeMilestones({ planEnd: PLAN_END, milestones, asOf: "2020-03-31" }).reason).toContain("逾期 31 天（计划 2020年2月29日）");
  });

  it("uses the grace days of the thresholds", () => {
    const noGrace = { ...DEFAULT_THRESHOLDS, milestoneGraceDays: 0 };
    expect(judgeMilestones({ planEnd: PLAN_END, milestones: SPORTS_CENTRE, asOf: "2018-07-01", thresholds: noGrace }).status).toBe("LAGGING");
    const long = { ...DEFAULT_THRESHOLDS, milestoneGraceDays: 90 };
    expect(judgeMilestones({ planEnd: PLAN_END, milestones: SPORTS_CENTRE, asOf: "2018-09-28", thresholds: long }).status).toBe("AT_RISK");
  });

  it("has nothing to judge without milestones", () => {
    expect(judgeMilestones({ planEnd: PLAN_END, milestones: [], asOf: "2019-01-01" })).toEqual({
      status: "NOT_STARTED",
      progress: 0,
      expected: 0,
      actual: 0,
      reason: "未设置里程碑",
    });
  });

  it("a single milestone is also the last: OVERDUE after grace", () => {
    const one = [{ name: "建成投用", plannedDate: "2018-12-31", actualDate: null }];
    expect(judgeMilestones({ planEnd: PLAN_END, milestones: one, asOf: "2019-01-15" }).status).toBe("AT_RISK");
    expect(judgeMilestones({ planEnd: PLAN_END, milestones: one, asOf: "2019-02-01" }).status).toBe("OVERDUE");
  });
});
