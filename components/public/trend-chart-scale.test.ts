import { describe, expect, it } from "vitest";
import { chartScale, niceStep } from "./trend-chart-scale";

const box = { x0: 40, x1: 340, y0: 200, y1: 30 };

describe("the public trend chart's scales", () => {
  it("steps by 1, 2, 2.5 or 5 × 10^k", () => {
    expect(niceStep(6)).toBe(2);
    expect(niceStep(100)).toBe(25);
    expect(niceStep(0.8)).toBe(0.2);
    expect(niceStep(0)).toBe(1);
  });

  it("covers the values, the path and the target, from 0, with a tick per year", () => {
    const s = chartScale({
      points: [{ date: "2017-06-30", value: 1 }, { date: "2019-12-31", value: 4 }],
      path: [{ date: "2016-12-31", value: 0 }, { date: "2021-12-31", value: 6 }],
      target: 6,
      box,
    });
    expect(s.yTicks).toEqual([0, 2, 4, 6]);
    expect(s.y(0)).toBe(200);
    expect(s.y(6)).toBe(30);
    expect(s.x("2016-12-31")).toBe(40);
    expect(s.x("2021-12-31")).toBe(340);
    expect(s.xTicks.map((t) => t.label)).toEqual(["2017", "2018", "2019", "2020", "2021"]);
  });

  it("keeps a falling indicator's values off 0 when 0 would waste the chart", () => {
    const s = chartScale({ points: [{ date: "2017-12-31", value: 95 }, { date: "2018-12-31", value: 88 }], path: [{ date: "2016-12-31", value: 100 }, { date: "2021-12-31", value: 60 }], target: 60, box });
    expect(s.yTicks[0]).toBe(60);
    expect(s.yTicks.at(-1)).toBe(100);
  });

  it("labels at most six years", () => {
    const s = chartScale({ points: [{ date: "2001-01-01", value: 1 }, { date: "2020-01-01", value: 2 }], path: [], target: 2, box });
    expect(s.xTicks.length).toBeLessThanOrEqual(6);
  });
});
