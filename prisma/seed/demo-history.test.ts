import { describe, expect, it } from "vitest";
import { buildDemoHistory, DEMO_FINAL_VALUES, quarterOf, type DemoReport } from "./demo-history";
import { plan } from "./plan";
import type { SeedIndicator, SeedMeasure } from "./plan-types";

const history = buildDemoHistory(plan);

const allMeasures = (ms: SeedMeasure[]): SeedMeasure[] => ms.flatMap((m) => [m, ...allMeasures(m.children ?? [])]);
const measures = allMeasures(plan.strategies.flatMap((s) => s.taskAreas.flatMap((t) => t.measures)));
const measureByCode = new Map(measures.map((m) => [m.code, m]));
const indicatorByCode = new Map(measures.flatMap((m) => m.indicators ?? []).map((i) => [i.code, i]));

const reportsOf = (code: string) => history.filter((r) => r.measureCode === code);
const lastQuarter = history.filter((r) => r.periodEnd === plan.endDate);
const finalValue = (indicatorCode: string) =>
  lastQuarter.flatMap((r) => r.values).find((v) => v.indicatorCode === indicatorCode)?.value;

function meets(value: number, i: SeedIndicator): boolean {
  return { GTE: value >= i.targetValue, GT: value > i.targetValue, EQ: value === i.targetValue, LTE: value <= i.targetValue }[
    i.comparison
  ];
}

const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => {
    acc[key(t)] = (acc[key(t)] ?? 0) + 1;
    return acc;
  }, {});

describe("quarterOf", () => {
  it("gives the first and last day of the date's quarter", () => {
    expect(quarterOf("2017-01-01")).toEqual({ year: 2017, quarter: 1, start: "2017-01-01", end: "2017-03-31" });
    expect(quarterOf("2020-05-17")).toEqual({ year: 2020, quarter: 2, start: "2020-04-01", end: "2020-06-30" });
    expect(quarterOf("2021-12-31")).toEqual({ year: 2021, quarter: 4, start: "2021-10-01", end: "2021-12-31" });
  });
});

describe("buildDemoHistory", () => {
  it("is deterministic for a seed and changes with the seed", () => {
    expect(buildDemoHistory(plan)).toEqual(history);
    expect(buildDemoHistory(plan, 7)).not.toEqual(history);
  });

  it("reports every measure and project once a quarter from 2017Q1 to 2021Q4", () => {
    expect(history).toHaveLength(measures.length * 20);
    for (const m of measures) {
      const reports = reportsOf(m.code);
      expect(reports.map((r) => r.periodStart)).toEqual(
        [2017, 2018, 2019, 2020, 2021].flatMap((y) => ["01", "04", "07", "10"].map((mm) => `${y}-${mm}-01`)),
      );
      for (const r of reports) expect(r.periodEnd).toBe(quarterOf(r.periodStart).end);
    }
  });

  it("reports a value for each indicator that is not derived from children", () => {
    for (const r of history) {
      const expected = (measureByCode.get(r.measureCode)!.indicators ?? []).filter((i) => !i.derivedFromChildren);
      expect(r.values.map((v) => v.indicatorCode)).toEqual(expected.map((i) => i.code));
    }
  });

  it("never lets a value go down, below 0 or past twice its target", () => {
    for (const code of indicatorByCode.keys()) {
      const series = history.flatMap((r) => r.values).filter((v) => v.indicatorCode === code).map((v) => v.value);
      const target = indicatorByCode.get(code)!.targetValue;
      series.forEach((v, k) => {
        expect(v, code).toBeGreaterThanOrEqual(k === 0 ? 0 : series[k - 1]);
        expect(v, code).toBeLessThanOrEqual(2 * target);
      });
    }
  });

  it("ends the headline indicators where the demo's story says", () => {
    expect(Object.keys(DEMO_FINAL_VALUES).length).toBeGreaterThan(0);
    for (const [code, value] of Object.entries(DEMO_FINAL_VALUES)) expect(finalValue(code), code).toBe(value);
    expect(finalValue("A1-02-I1")).toBeLessThan(178);
    expect(finalValue("A3-04-I1")).toBeGreaterThan(50);
    expect(reportsOf("A1-02").at(-1)!.status).toBe("LAGGING");
    expect(reportsOf("A3-04").at(-1)!.status).toBe("DONE");
  });

  it("marks a measure of indicators only DONE exactly when every indicator meets its target", () => {
    const indicatorOnly = measures.filter((m) => m.indicators?.length && !m.children?.length && !m.milestones?.length);
    expect(indicatorOnly.length).toBeGreaterThan(3);
    for (const m of indicatorOnly) {
      for (const r of reportsOf(m.code)) {
        const allMet = r.values.every((v) => meets(v.value, indicatorByCode.get(v.indicatorCode)!));
        expect(r.status === "DONE", `${m.code} ${r.periodEnd}`).toBe(allMet);
        if (!allMet && m.indicators!.every((i) => r.periodEnd >= i.deadline)) expect(r.status).toBe("LAGGING");
      }
    }
  });

  it("marks a project DONE once its last milestone is reached, and never before", () => {
    for (const m of measures.filter((x) => x.kind === "PROJECT")) {
      const reports = reportsOf(m.code);
      const reached = reports.flatMap((r) => r.milestonesReached);
      expect(new Set(reached.map((x) => x.name)).size, m.code).toBe(reached.length);
      reports.forEach((r, k) => {
        const reachedSoFar = reports.slice(0, k + 1).flatMap((x) => x.milestonesReached).length;
        expect(r.status === "DONE", `${m.code} ${r.periodEnd}`).toBe(reachedSoFar === m.milestones!.length);
      });
    }
  });

  it("dates each reached milestone inside its report's quarter, some of them late", () => {
    const reached = history.flatMap((r) => r.milestonesReached.map((x) => ({ ...x, r })));
    expect(reached.length).toBeGreaterThan(30);
    for (const { actualDate, r } of reached) expect(actualDate >= r.periodStart && actualDate <= r.periodEnd).toBe(true);
    const planned = (code: string, name: string) => measureByCode.get(code)!.milestones!.find((m) => m.name === name)!.plannedDate;
    expect(reached.filter((x) => x.actualDate > planned(x.r.measureCode, x.name)).length).toBeGreaterThan(3);
  });

  it("ends the plan with a realistic mix: most done, some lagging", () => {
    const mix = countBy(lastQuarter, (r) => r.status);
    expect(mix.DONE).toBeGreaterThan(lastQuarter.length / 2);
    expect(mix.DONE).toBeLessThan(lastQuarter.length);
    expect(mix.LAGGING).toBeGreaterThan(0);
    expect(mix.LAGGING).toBeLessThan(lastQuarter.length / 4);
  });

  it("has approved all of the past and leaves a queue in the last quarter", () => {
    expect(history.filter((r) => r.periodEnd < plan.endDate).every((r) => r.reviewState === "APPROVED")).toBe(true);
    const queue = countBy(lastQuarter, (r) => r.reviewState);
    expect(queue).toMatchObject({ DRAFT: 1, RETURNED: 2 });
    expect(queue.SUBMITTED).toBeGreaterThanOrEqual(3);
    expect(queue.APPROVED).toBeGreaterThan(lastQuarter.length / 2);
  });

  it("keeps the review trail in order, with a comment on every returned report", () => {
    const isAfter = (a: string | undefined, b: string) => a !== undefined && Date.parse(a) > Date.parse(b);
    for (const r of history) {
      const where = `${r.measureCode} ${r.periodEnd} ${r.reviewState}`;
      if (r.reviewState === "DRAFT") expect(r.submittedAt, where).toBeUndefined();
      else expect(isAfter(r.submittedAt, `${r.periodEnd}T23:59:59Z`), where).toBe(true);
      if (r.reviewState === "APPROVED" || r.reviewState === "RETURNED") expect(isAfter(r.reviewedAt, r.submittedAt!), where).toBe(true);
      else expect(r.reviewedAt, where).toBeUndefined();
      expect(Boolean(r.reviewComment?.trim()), where).toBe(r.reviewState === "RETURNED");
    }
  });

  it("writes a short Chinese narrative that states the reported values", () => {
    const isShortChinese = (r: DemoReport) => /[\u4e00-\u9fff]/.test(r.narrative) && r.narrative.split("。").filter(Boolean).length <= 2;
    expect(history.filter((r) => !isShortChinese(r))).toEqual([]);
    for (const r of history) for (const v of r.values) {
      const i = indicatorByCode.get(v.indicatorCode)!;
      if (i.kind !== "MILESTONE") expect(r.narrative).toContain(`${v.value}${i.unit}`);
    }
  });
});
