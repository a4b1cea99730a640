import { describe, it, expect } from "vitest";
import {
  distanceFraction,
  expectedFractionAt,
  expectedValueAt,
  isTargetMet,
  pathPoints,
  progressFraction,
  type IndicatorSpec,
} from "./expected-path";
import {
  HEALTHY_VILLAGES,
  HEALTHY_VILLAGES_GTE,
  HUNDRED,
  NATIONAL_HEALTHY_TOWN,
  POLLUTERS,
  PROJECTS_178,
  PROJECTS_178_LINEAR,
  SORTING_RATE,
} from "@/lib/domain/test-fixtures";

describe("expectedValueAt", () => {
  it.each<[string, IndicatorSpec, string, number]>([
    // 178 projects through the yearly targets 30, 70, 110, 145, 178
    ["178: long before the plan", PROJECTS_178, "2015-06-30", 0],
    ["178: on the baseline date", PROJECTS_178, "2016-12-31", 0],
    ["178: first day of the plan", PROJECTS_178, "2017-01-01", 30 / 365],
    ["178: end of 2017", PROJECTS_178, "2017-12-31", 30],
    ["178: 2018-05-17 (day 137 of 2018)", PROJECTS_178, "2018-05-17", 30 + (40 * 137) / 365],
    ["178: end of 2018", PROJECTS_178, "2018-12-31", 70],
    ["178: end of 2019", PROJECTS_178, "2019-12-31", 110],
    ["178: leap day 2020-02-29 (day 60 of 366)", PROJECTS_178, "2020-02-29", 110 + (35 * 60) / 366],
    ["178: 2020-07-01 is the middle of the leap year", PROJECTS_178, "2020-07-01", 127.5],
    ["178: end of 2020", PROJECTS_178, "2020-12-31", 145],
    ["178: on the deadline", PROJECTS_178, "2021-12-31", 178],
    ["178: the day after", PROJECTS_178, "2022-01-01", 178],
    // without interim targets: a straight line over 1826 days
    ["178 linear: half way (day 913)", PROJECTS_178_LINEAR, "2019-07-02", 89],
    ["178 linear: end of 2017", PROJECTS_178_LINEAR, "2017-12-31", (178 * 365) / 1826],
    // "> 50" with the interim 51 on the deadline's own day: the deadline point is the target
    ["villages: end of 2020", HEALTHY_VILLAGES, "2020-12-31", 47],
    ["villages: 2021-07-02", HEALTHY_VILLAGES, "2021-07-02", 47 + (3 * 183) / 365],
    ["villages: on the deadline", HEALTHY_VILLAGES, "2021-12-31", 50],
    // "≤": a falling path
    ["≤: before the plan", POLLUTERS, "2016-01-01", 100],
    ["≤: half way", POLLUTERS, "2019-07-02", 80],
    ["≤: on the deadline", POLLUTERS, "2021-12-31", 60],
    ["≤: the day after", POLLUTERS, "2022-01-01", 60],
    ["percent: half way", SORTING_RATE, "2019-07-02", 65],
    ["percent: 2018-03-01 (day 425)", SORTING_RATE, "2018-03-01", 40 + (50 * 425) / 1826],
    ["0→100 over 730 days: half way", HUNDRED, "2017-12-31", 50],
    // a yes/no milestone is expected only from its deadline on
    ["milestone: plan start", NATIONAL_HEALTHY_TOWN, "2017-01-01", 0],
    ["milestone: the day before the deadline", NATIONAL_HEALTHY_TOWN, "2019-12-30", 0],
    ["milestone: on the deadline", NATIONAL_HEALTHY_TOWN, "2019-12-31", 1],
    ["milestone: the day after", NATIONAL_HEALTHY_TOWN, "2020-01-01", 1],
  ])("%s", (_label, spec, asOf, expected) => {
    expect(expectedValueAt(spec, asOf)).toBeCloseTo(expected, 9);
  });

  it("does not depend on the order of the interim targets", () => {
    const shuffled = { ...PROJECTS_178, interimTargets: [...PROJECTS_178.interimTargets!].reverse() };
    for (const day of ["2017-06-30", "2018-12-31", "2020-02-29", "2021-09-30"]) {
      expect(expectedValueAt(shuffled, day)).toBe(expectedValueAt(PROJECTS_178, day));
    }
  });

  it("falls through interim targets of a '≤' indicator", () => {
    const spec = { ...POLLUTERS, interimTargets: [{ year: 2017, value: 90 }, { year: 2019, value: 70 }] };
    expect(expectedValueAt(spec, "2017-12-31")).toBe(90);
    expect(expectedValueAt(spec, "2018-12-31")).toBeCloseTo(80, 1); // 365 of 730 days from 90 to 70
    expect(expectedValueAt(spec, "2019-12-31")).toBe(70);
    expect(expectedValueAt(spec, "2020-12-31")).toBeCloseTo(70 - (10 * 366) / 731, 9);
  });

  it("ignores interim targets of a milestone indicator", () => {
    const spec = { ...NATIONAL_HEALTHY_TOWN, interimTargets: [{ year: 2018, value: 1 }] };
    expect(expectedValueAt(spec, "2018-12-31")).toBe(0);
  });

  it("steps at the deadline when the deadline is not after the baseline date", () => {
    const spec = { ...PROJECTS_178_LINEAR, deadline: "2016-12-31" };
    expect(expectedValueAt(spec, "2016-12-30")).toBe(0);
    expect(expectedValueAt(spec, "2016-12-31")).toBe(178);
  });

  it("refuses an invalid as-of date", () => {
    expect(() => expectedValueAt(PROJECTS_178, "2021-02-29")).toThrow(RangeError);
  });
});

describe("pathPoints", () => {
  it("keeps interim targets strictly between the baseline date and the deadline", () => {
    const spec = {
      ...PROJECTS_178,
      deadline: "2019-12-31",
      interimTargets: [{ year: 2016, value: 999 }, { year: 2018, value: 70 }, { year: 2019, value: 120 }, { year: 2020, value: 145 }],
    };
    expect(pathPoints(spec)).toEqual([
      { date: "2016-12-31", value: 0 },
      { date: "2018-12-31", value: 70 },
      { date: "2019-12-31", value: 178 },
    ]);
  });
  it("is baseline → target without interim targets", () => {
    expect(pathPoints(POLLUTERS)).toEqual([
      { date: "2016-12-31", value: 100 },
      { date: "2021-12-31", value: 60 },
    ]);
  });
});

describe("isTargetMet", () => {
  const gte50 = { comparison: "GTE", targetValue: 50 } as const;
  const gt50 = { comparison: "GT", targetValue: 50 } as const;
  const eq1 = { comparison: "EQ", targetValue: 1 } as const;
  const lte60 = { comparison: "LTE", targetValue: 60 } as const;
  it.each([
    ["≥50", gte50, 49.99, false],
    ["≥50", gte50, 50, true],
    ["≥50", gte50, 53, true],
    [">50", gt50, 50, false],
    [">50", gt50, 50.01, true],
    [">50", gt50, 51, true],
    ["=1", eq1, 1, true],
    ["=1", eq1, 1 + 1e-12, true],
    ["=1", eq1, 0, false],
    ["=1", eq1, 1.01, false],
    ["=1", eq1, 2, false],
    ["≤60", lte60, 60, true],
    ["≤60", lte60, 59, true],
    ["≤60", lte60, 60.01, false],
    ["≤60", lte60, 100, false],
  ] as const)("%s with %s → %s", (_label, spec, value, met) => {
    expect(isTargetMet(spec, value)).toBe(met);
  });
});

describe("progressFraction", () => {
  it.each<[string, IndicatorSpec, number, number]>([
    ["178: nothing", PROJECTS_178, 0, 0],
    ["178: half", PROJECTS_178, 89, 0.5],
    ["178: done", PROJECTS_178, 178, 1],
    ["178: more than the target", PROJECTS_178, 200, 1],
    ["178: below the baseline", PROJECTS_178, -5, 0],
    ["≤: at the baseline", POLLUTERS, 100, 0],
    ["≤: half way down", POLLUTERS, 80, 0.5],
    ["≤: on the target", POLLUTERS, 60, 1],
    ["≤: below the target", POLLUTERS, 50, 1],
    ["≤: worse than the baseline", POLLUTERS, 110, 0],
    ["villages from 20: half", HEALTHY_VILLAGES, 35, 0.5],
    ["villages '> 50' at 50: whole distance, not met", HEALTHY_VILLAGES, 50, 1],
    ["villages '≥ 50' at 50", HEALTHY_VILLAGES_GTE, 50, 1],
    ["percent: 52.5% of 40→90", SORTING_RATE, 52.5, 0.25],
    ["milestone: not yet", NATIONAL_HEALTHY_TOWN, 0, 0],
    ["milestone: done", NATIONAL_HEALTHY_TOWN, 1, 1],
    ["no distance, met", { ...HEALTHY_VILLAGES_GTE, baselineValue: 50 }, 50, 1],
    ["no distance, not met", { ...HEALTHY_VILLAGES_GTE, baselineValue: 50 }, 49, 0],
    ["no distance, '> 50' at 50", { ...HEALTHY_VILLAGES, baselineValue: 50 }, 50, 0],
    ["no distance, '> 50' at 51", { ...HEALTHY_VILLAGES, baselineValue: 50 }, 51, 1],
  ])("%s", (_label, spec, value, fraction) => {
    expect(progressFraction(spec, value)).toBeCloseTo(fraction, 12);
  });

  it("differs from distanceFraction only when the target is met", () => {
    const eq10 = { ...HUNDRED, comparison: "EQ" as const, targetValue: 10 };
    expect(distanceFraction(eq10, 5)).toBe(0.5);
    expect(progressFraction(eq10, 5)).toBe(0.5);
    const noDistanceGte = { ...HEALTHY_VILLAGES_GTE, baselineValue: 50 };
    expect(distanceFraction(noDistanceGte, 60)).toBe(1);
  });
});

describe("expectedFractionAt", () => {
  it.each<[string, IndicatorSpec, string, number]>([
    ["178 before the plan", PROJECTS_178, "2016-06-30", 0],
    ["178 at the end of 2018", PROJECTS_178, "2018-12-31", 70 / 178],
    ["178 after the deadline", PROJECTS_178, "2022-06-30", 1],
    ["≤ half way", POLLUTERS, "2019-07-02", 0.5],
    ["villages at the end of 2020", HEALTHY_VILLAGES, "2020-12-31", 27 / 30],
    ["milestone the day before", NATIONAL_HEALTHY_TOWN, "2019-12-30", 0],
    ["milestone on the deadline", NATIONAL_HEALTHY_TOWN, "2019-12-31", 1],
  ])("%s", (_label, spec, asOf, fraction) => {
    expect(expectedFractionAt(spec, asOf)).toBeCloseTo(fraction, 12);
  });
});
