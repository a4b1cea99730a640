import { describe, expect, it } from "vitest";
import { checkReportContent, type ReportableMeasure } from "./report-content";

const measure: ReportableMeasure = {
  indicators: [
    { id: 1, kind: "COUNT", derivedFromChildren: false },
    { id: 2, kind: "PERCENT", derivedFromChildren: false },
    { id: 3, kind: "MILESTONE", derivedFromChildren: false },
    { id: 4, kind: "COUNT", derivedFromChildren: true },
  ],
  milestones: [{ id: 10, name: "开工" }, { id: 11, name: "竣工验收" }],
};
const bounds = { earliest: new Date("2017-01-01T00:00:00Z"), latest: new Date("2021-12-31T00:00:00Z") };
const check = (values: Record<string, string>, milestones: Record<string, string> = {}) => checkReportContent(measure, { values, milestones }, bounds);

describe("checkReportContent", () => {
  it("keeps valid values and skips empty ones", () => {
    const r = check({ "1": "32", "2": "99.5", "3": "1", }, { "10": "2019-03-15", "11": "" });
    expect(r.fieldErrors).toEqual({});
    expect(r.values).toEqual([{ indicatorId: 1, value: "32" }, { indicatorId: 2, value: "99.5" }, { indicatorId: 3, value: "1" }]);
    expect(r.milestones).toEqual([{ milestoneId: 10, actualDate: new Date("2019-03-15T00:00:00Z") }]);
  });
  it.each([
    [{ "9": "1" }, "values.9", "该指标不属于此举措"],
    [{ "4": "3" }, "values.4", "该指标由子项目完成情况自动汇总，无需填报"],
    [{ "2": "100.01" }, "values.2", "百分比不能超过 100"],
    [{ "3": "2" }, "values.3", "是否完成请填 1（完成）或 0（未完成）"],
  ])("refuses %j", (values, key, message) => {
    const r = check(values);
    expect(r.fieldErrors).toEqual({ [key]: [message] });
    expect(r.values).toEqual([]);
  });
  it.each([
    [{ "12": "2019-01-01" }, "milestones.12", "该里程碑不属于此举措"],
    [{ "10": "2019-02-30" }, "milestones.10", "请填写有效的日期（年-月-日）"],
    [{ "10": "2019/02/01" }, "milestones.10", "请填写有效的日期（年-月-日）"],
    [{ "10": "2016-12-31" }, "milestones.10", "完成日期须在规划期开始之后、填报期结束之前"],
    [{ "10": "2022-01-01" }, "milestones.10", "完成日期须在规划期开始之后、填报期结束之前"],
  ])("refuses milestone dates %j", (milestones, key, message) => {
    expect(check({}, milestones).fieldErrors).toEqual({ [key]: [message] });
  });
  it("accepts the boundary dates and a leap day", () => {
    expect(check({}, { "10": "2017-01-01", "11": "2020-02-29" }).milestones).toHaveLength(2);
    expect(check({}, { "10": "2021-12-31" }).fieldErrors).toEqual({});
  });
});
