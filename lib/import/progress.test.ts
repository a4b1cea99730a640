import { describe, expect, it } from "vitest";
import { checkProgressRows, type ProgressContext, type ProgressMeasure } from "./progress";

const school: ProgressMeasure = {
  id: 1, code: "A2-04", title: "民工子弟学校", cycle: "QUARTERLY",
  indicators: [
    { id: 11, code: "A2-04-I1", name: "民工子弟学校", unit: "所", kind: "COUNT", derivedFromChildren: false },
    { id: 12, code: "A2-04-I2", name: "入学率", unit: "%", kind: "PERCENT", derivedFromChildren: false },
    { id: 13, code: "A2-04-I3", name: "子项目完成数", unit: "个", kind: "COUNT", derivedFromChildren: true },
  ],
  pending: new Set(["2021-Q3"]),
  returned: new Map([["2021-Q2", 77]]),
};
const monthly: ProgressMeasure = { id: 2, code: "B1-01", title: "文化礼堂", cycle: "MONTHLY", indicators: [], pending: new Set(), returned: new Map() };
const ctx: ProgressContext = { measures: new Map([[school.code, school], [monthly.code, monthly]]), planStart: "2017-01-01", planEnd: "2021-12-31", today: "2026-11-29" };

const row = (line: number, cells: Record<string, string>) => ({ line, cells: { measureCode: "", indicatorCode: "", period: "", value: "", status: "", narrative: "", ...cells } });

describe("checkProgressRows", () => {
  it("groups the rows of a measure and period into one report, a month of a quarterly measure into its quarter", () => {
    const check = checkProgressRows([
      row(2, { measureCode: "A2-04", indicatorCode: "A2-04-I1", period: "2021-12", value: "5", status: "正常推进", narrative: "第5所学校已通过验收。" }),
      row(3, { measureCode: "A2-04", indicatorCode: "A2-04-I2", period: "2021Q4", value: "98.5" }),
      row(4, { measureCode: "A2-04", indicatorCode: "A2-04-I1", period: "2021-06", value: "4", status: "滞后", narrative: "第5所学校因征地问题未能如期开工，已协调解决。" }),
      row(5, { measureCode: "B1-01", period: "2021年11月", status: "已完成", narrative: "文化礼堂全部建成开放。" }),
      row(6, { measureCode: "A2-04", indicatorCode: "A2-04-I3" }), // a template row left empty
    ], ctx);
    expect(check.rows.every((r) => r.ok)).toBe(true);
    expect(check.skipped).toBe(1);
    expect(check.reports).toEqual([
      expect.objectContaining({ measureId: 1, periodKey: "2021-Q4", start: "2021-10-01", end: "2021-12-31", status: "ON_TRACK", values: [{ indicatorId: 11, value: "5" }, { indicatorId: 12, value: "98.5" }], revisesId: null, lines: [2, 3] }),
      expect.objectContaining({ measureId: 1, periodKey: "2021-Q2", status: "LAGGING", revisesId: 77, lines: [4] }),
      expect.objectContaining({ measureId: 2, periodKey: "2021-11", start: "2021-11-01", end: "2021-11-30", status: "DONE", values: [] }),
    ]);
    expect(check.rows[0].summary).toBe("A2-04 2021年第四季度：民工子弟学校 5所（新填报：正常推进）");
    expect(check.rows[2].summary).toContain("修改被退回的填报");
  });

  it("gives each bad row its own Chinese errors", () => {
    const check = checkProgressRows([
      row(2, { measureCode: "C9-99", period: "2021-12", status: "正常推进", narrative: "不是本部门的举措。" }),
      row(3, { measureCode: "A2-04", indicatorCode: "A2-04-I2", period: "2021-12", value: "101", status: "正常推进", narrative: "百分比超过一百。" }),
      row(4, { measureCode: "A2-04", indicatorCode: "A2-04-I3", period: "2020-12", value: "1", status: "正常推进", narrative: "汇总指标不用填。" }),
      row(5, { measureCode: "A2-04", indicatorCode: "A2-04-I9", period: "2020-06", value: "1", status: "正常推进", narrative: "没有这个指标。" }),
      row(6, { measureCode: "A2-04", indicatorCode: "A2-04-I1", period: "2022-01", value: "-1", status: "快完成了", narrative: "都不对。" }),
      row(7, { measureCode: "A2-04", indicatorCode: "A2-04-I1", period: "2021-09", value: "3", status: "正常推进", narrative: "三季度已经有待审核的填报。" }),
      row(8, { measureCode: "B1-01", period: "2021Q4", status: "滞后", narrative: "进度慢。" }),
      row(9, { measureCode: "A2-04", period: "2016-12", value: "3", status: "正常推进", narrative: "数值没有指标编号。" }),
      row(10, { measureCode: "B1-01", period: "2021-10", narrative: "漏填状态的一行说明。" }),
    ], ctx);
    const errors = Object.fromEntries(check.rows.map((r) => [r.line, r.errors]));
    expect(check.outOfScope).toBe(1);
    expect(errors[2]).toEqual(["未找到举措“C9-99”，或该举措不属于您所在的部门"]);
    expect(errors[3]).toEqual(["百分比不能超过 100"]);
    expect(errors[4]).toEqual(["该指标由子项目完成情况自动汇总，无需填报"]);
    expect(errors[5]).toEqual(["指标“A2-04-I9”不属于举措 A2-04"]);
    expect(errors[6]).toEqual(["填报期晚于规划期结束月份", "本期数值须为不小于 0 的数字，最多两位小数", "进展状态应为：未启动、正常推进、存在风险、滞后、已完成"]);
    expect(errors[7]).toEqual(["该举措2021年第三季度已有待审核的填报，请等审核后再导入"]);
    expect(errors[8]).toEqual(["该举措按月填报，请填写月份（如 2021-12）"]);
    expect(errors[9]).toEqual(["填报期早于规划期起始月份", "填写了数值，但没有填写指标编号"]);
    expect(errors[10]).toEqual(["请填写进展状态（同一举措同一期在第一行填写即可）"]);
    expect(check.rows.every((r) => !r.ok)).toBe(true);
  });

  it("refuses a lagging report without a reason, conflicting rows and a future period", () => {
    const check = checkProgressRows([
      row(2, { measureCode: "B1-01", period: "2021-10", status: "滞后", narrative: "进度明显落后。" }),
      row(3, { measureCode: "A2-04", indicatorCode: "A2-04-I1", period: "2020-12", value: "3", status: "正常推进", narrative: "按计划推进中。" }),
      row(4, { measureCode: "A2-04", indicatorCode: "A2-04-I1", period: "2020-11", value: "4", status: "存在风险" }),
    ], { ...ctx, today: "2021-10-15" });
    expect(check.rows.map((r) => r.errors)).toEqual([
      ["状态为“滞后”时，须说明滞后原因和整改措施（至少 15 个字）"],
      [],
      ["与第 3 行同一举措同一期的进展状态不一致", "指标“A2-04-I1”在同一期重复填写"],
    ]);
    const future = checkProgressRows([row(2, { measureCode: "B1-01", period: "2021-11", status: "正常推进", narrative: "还没到的月份。" })], { ...ctx, today: "2021-10-15" });
    expect(future.rows[0].errors).toEqual(["不能填报尚未开始的填报期"]);
  });
});
