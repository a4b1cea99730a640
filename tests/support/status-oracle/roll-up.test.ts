import { describe, it, expect } from "vitest";
import { rollUp, type RollUpItem } from "./roll-up";
import { judgeIndicator, judgeMeasure, judgeMilestones, type Status } from "./status";
import { HEALTHY_VILLAGES, PLAN_START, PROJECTS_178, SPORTS_CENTRE, PLAN_END } from "@/lib/domain/test-fixtures";

const items = (...spec: [Status, number, number?][]): RollUpItem[] =>
  spec.map(([status, progress, weight]) => (weight === undefined ? { status, progress } : { status, progress, weight }));

const repeat = (n: number, status: Status, progress: number): [Status, number][] => Array.from({ length: n }, () => [status, progress]);

describe("rollUp", () => {
  it("has nothing to say about nothing", () => {
    expect(rollUp([])).toMatchObject({
      progress: 0,
      counts: { DONE: 0, ON_TRACK: 0, AT_RISK: 0, LAGGING: 0, OVERDUE: 0, NOT_STARTED: 0 },
      status: "NOT_STARTED",
      explanation: "暂无可统计的举措和项目",
      explanationEn: "Nothing to count yet",
    });
  });

  it("leaves items of weight 0 out of everything", () => {
    const r = rollUp(items(["DONE", 1], ["LAGGING", 0, 0], ["OVERDUE", 0.2, 0]));
    expect(r.status).toBe("DONE");
    expect(r.progress).toBe(1);
    expect(r.counts.LAGGING).toBe(0);
    expect(r.counts.OVERDUE).toBe(0);
    expect(r.explanation).toBe("1 项全部完成（另有 2 项权重为 0，未计入）");
  });

  it("treats all-zero weights like no items", () => {
    const r = rollUp(items(["DONE", 1, 0], ["ON_TRACK", 0.5, 0]));
    expect(r.status).toBe("NOT_STARTED");
    expect(r.progress).toBe(0);
    expect(r.explanation).toBe("暂无可统计的举措和项目（另有 2 项权重为 0，未计入）");
  });

  it("reads like the example: 12 items, 63%", () => {
    const r = rollUp(
      items(...repeat(5, "DONE", 1), ...repeat(4, "ON_TRACK", 0.5), ...repeat(2, "AT_RISK", 0.2), ["LAGGING", 0.16]),
    );
    expect(r.counts).toEqual({ DONE: 5, ON_TRACK: 4, AT_RISK: 2, LAGGING: 1, OVERDUE: 0, NOT_STARTED: 0 });
    expect(r.progress).toBeCloseTo(0.63, 12);
    expect(r.status).toBe("AT_RISK"); // 1 of 12 lagging: 8% < 20%
    expect(r.explanation).toBe("12 项中 1 项滞后，占权重 8%；2 项存在风险，占权重 17%；其余正常推进或已完成");
    expect(r.explanationEn).toBe("Of 12, 1 lagging (8% of the weight); 2 at risk (17% of the weight); the rest on track or done");
  });

  it("weighs progress", () => {
    expect(rollUp(items(["DONE", 1, 3], ["NOT_STARTED", 0, 1])).progress).toBe(0.75);
    expect(rollUp(items(["ON_TRACK", 0.2, 1], ["ON_TRACK", 0.8, 2])).progress).toBeCloseTo(0.6, 12);
    expect(rollUp(items(["ON_TRACK", 0.2], ["ON_TRACK", 0.8])).progress).toBeCloseTo(0.5, 12);
  });

  it.each<[string, RollUpItem[], Status]>([
    ["all done", items(["DONE", 1], ["DONE", 1]), "DONE"],
    ["all not started", items(["NOT_STARTED", 0], ["NOT_STARTED", 0]), "NOT_STARTED"],
    ["done and not started", items(["DONE", 1], ["NOT_STARTED", 0]), "ON_TRACK"],
    ["on track", items(["ON_TRACK", 0.4], ["DONE", 1], ["NOT_STARTED", 0]), "ON_TRACK"],
    ["one at risk", items(["ON_TRACK", 0.4], ["AT_RISK", 0.2]), "AT_RISK"],
    ["1 of 5 lagging: 20%", items(...repeat(4, "ON_TRACK", 0.5), ["LAGGING", 0.1]), "LAGGING"],
    ["1 of 6 lagging: 17%", items(...repeat(5, "ON_TRACK", 0.5), ["LAGGING", 0.1]), "AT_RISK"],
    ["1 of 6 overdue: 17%", items(...repeat(5, "DONE", 1), ["OVERDUE", 0.9]), "AT_RISK"],
    ["lagging with weight 1 of 4: 25%", items(["ON_TRACK", 0.5, 3], ["LAGGING", 0.1, 1]), "LAGGING"],
    ["lagging with weight 1 of 6: 17%", items(["ON_TRACK", 0.5, 5], ["LAGGING", 0.1, 1]), "AT_RISK"],
    ["lagging and overdue add up: 2 of 10", items(...repeat(8, "DONE", 1), ["LAGGING", 0.1], ["OVERDUE", 0.5]), "LAGGING"],
    ["a group is never overdue", items(["OVERDUE", 0.5]), "LAGGING"],
    ["1 of 12 at risk: 8% < 10%", items(...repeat(11, "ON_TRACK", 0.5), ["AT_RISK", 0.1]), "ON_TRACK"],
    ["2 of 12 at risk: 17%", items(...repeat(10, "ON_TRACK", 0.5), ["AT_RISK", 0.1], ["AT_RISK", 0.1]), "AT_RISK"],
    ["1 of 12 lagging: 8%, under both shares", items(...repeat(11, "DONE", 1), ["LAGGING", 0.1]), "ON_TRACK"],
  ])("%s → %s", (_label, list, status) => {
    expect(rollUp(list).status).toBe(status);
  });

  it("explains a lagging group with its share", () => {
    const r = rollUp(items(["ON_TRACK", 0.5, 3], ["OVERDUE", 0.1, 1]));
    expect(r.explanation).toBe("2 项中 1 项逾期，占权重 25%，达到 20% 的滞后线，总体滞后；其余正常推进");
    expect(r.explanationEn).toBe("Of 2, 1 overdue (25% of the weight), at or over the 20% line: lagging overall; the rest on track");
  });

  it("takes another lagging share", () => {
    const list = items(["ON_TRACK", 0.5, 3], ["LAGGING", 0.1, 1]);
    expect(rollUp(list, { laggingShare: 0.5 }).status).toBe("AT_RISK");
    expect(rollUp(list, { laggingShare: 0.25 }).status).toBe("LAGGING");
    const few = items(...repeat(11, "ON_TRACK", 0.5), ["AT_RISK", 0.1]);
    expect(rollUp(few, { riskShare: 0 }).status).toBe("AT_RISK");
    expect(rollUp(few, { riskShare: 0.09 }).status).toBe("ON_TRACK");
  });

  it.each<[string, RollUpItem]>([
    ["a negative weight", { status: "DONE", progress: 1, weight: -1 }],
    ["a NaN weight", { status: "DONE", progress: 1, weight: Number.NaN }],
    ["an infinite weight", { status: "DONE", progress: 1, weight: Number.POSITIVE_INFINITY }],
    ["progress above 1", { status: "DONE", progress: 1.5 }],
    ["negative progress", { status: "LAGGING", progress: -0.1 }],
  ])("refuses %s", (_label, item) => {
    expect(() => rollUp([item])).toThrow(RangeError);
  });

  it("rolls up real judgements of a task area", () => {
    const asOf = "2018-12-31";
    const projects = judgeIndicator({ spec: PROJECTS_178, actual: 20, asOf, planStart: PLAN_START }); // LAGGING
    const villages = judgeIndicator({ spec: HEALTHY_VILLAGES, actual: 34, asOf, planStart: PLAN_START }); // ON_TRACK
    const centre = judgeMilestones({ planEnd: PLAN_END, milestones: SPORTS_CENTRE, asOf }); // first milestone 184 days late
    const qualitative = judgeMeasure({ indicators: [], milestones: null, hasApprovedReport: true, reportedStatus: "DONE", asOf, planStart: PLAN_START, planEnd: PLAN_END, reportedPercent: null });
    const r = rollUp([projects, villages, centre, qualitative]);
    expect([projects.status, villages.status, centre.status, qualitative.status]).toEqual(["LAGGING", "ON_TRACK", "LAGGING", "DONE"]);
    expect(r.status).toBe("LAGGING");
    expect(r.progress).toBeCloseTo((20 / 178 + 14 / 30 + 0 + 1) / 4, 12);
    expect(r.explanation).toBe("4 项中 2 项滞后，占权重 50%，达到 20% 的滞后线，总体滞后；其余正常推进或已完成");
  });
});
