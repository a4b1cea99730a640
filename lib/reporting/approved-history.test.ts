import { describe, expect, it } from "vitest";
import { distinctEvidence, historyByPeriod, trendOf, type ApprovedReport } from "./approved-history";

const report = (id: number, periodEnd: string, values: [number, number][], narrative = `#${id}`): ApprovedReport => ({
  id, periodEnd, approvedOn: "2021-12-25", status: "ON_TRACK", narrative, isDemo: false, values: values.map(([indicatorId, value]) => ({ indicatorId, value })),
});

describe("historyByPeriod", () => {
  it("shows one row per period, the latest approval, with the earlier ones as its corrections", () => {
    const rows = historyByPeriod([report(3, "2021-12-31", [[1, 21]]), report(1, "2021-09-30", [[1, 15]]), report(2, "2021-12-31", [[1, 20]]), report(5, "2021-12-31", [[1, 22]])]);
    expect(rows.map((r) => [r.period, r.latest.id, r.corrections.map((c) => c.id)])).toEqual([
      ["2021-12", 5, [3, 2]],
      ["2021-09", 1, []],
    ]);
  });
  it("is empty without approvals", () => expect(historyByPeriod([])).toEqual([]));
});

describe("trendOf", () => {
  it("has one point per period: the latest value stated for the indicator", () => {
    const reports = [report(1, "2021-09-30", [[1, 15]]), report(2, "2021-12-31", [[1, 20], [2, 4]]), report(3, "2021-12-31", [[1, 21]])];
    expect(trendOf(reports, 1)).toEqual([{ date: "2021-09-30", value: 15 }, { date: "2021-12-31", value: 21 }]);
    // A correction that leaves an indicator out keeps that indicator's earlier value for the period.
    expect(trendOf(reports, 2)).toEqual([{ date: "2021-12-31", value: 4 }]);
    expect(trendOf(reports, 9)).toEqual([]);
  });
});

describe("distinctEvidence", () => {
  it("lists a file carried over by a revision once, as its latest copy", () => {
    const files = [{ id: 4, sha256: "a", fileName: "验收.pdf" }, { id: 1, sha256: "a", fileName: "验收.pdf" }, { id: 2, sha256: "b", fileName: "照片.jpg" }, { id: 3, sha256: "a", fileName: "另存.pdf" }];
    expect(distinctEvidence(files).map((f) => f.id)).toEqual([2, 3, 4]);
  });
});
