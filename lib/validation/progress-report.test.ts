import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { periodBounds, ZProgressReportInput } from "./progress-report";

const valid = { measureId: "7", period: "2019-12", status: "ON_TRACK", narrative: "已完成年度计划的八成。", basedOnVersion: "3", values: { "12": "45" } };

function errors(input: unknown) {
  const r = ZProgressReportInput.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe("ZProgressReportInput", () => {
  it("accepts a valid report and coerces form strings", () => {
    const r = ZProgressReportInput.parse(valid);
    expect(r).toMatchObject({ measureId: 7, basedOnVersion: 3, intent: "submit", values: { "12": "45" } });
  });
  it.each([
    ["measureId", { measureId: "abc" }],
    ["measureId", { measureId: "-1" }],
    ["period", { period: "2019-13" }],
    ["period", { period: "<script>" }],
    ["status", { status: "GREEN" }],
    ["narrative", { narrative: "短" }],
    ["narrative", { narrative: "字".repeat(2001) }],
    ["basedOnVersion", { basedOnVersion: "0" }],
    ["values.12", { values: { "12": "-3" } }],
    ["values.12", { values: { "12": "NaN" } }],
    ["values.12", { values: { "12": "1.234" } }],
    ["values.12", { values: { "12": "1e9" } }],
    ["intent", { intent: "delete" }],
  ])("reports a Chinese error on %s for %j", (field, patch) => {
    const e = errors({ ...valid, ...patch });
    expect(Object.keys(e)).toContain(field);
    expect(e[field][0]).toMatch(/[\u4e00-\u9fff]/);
  });
  it("rejects a non-numeric indicator id", () => {
    expect(Object.keys(errors({ ...valid, values: { abc: "1" } }))[0]).toMatch(/^values/);
  });
  it("allows an empty value (not reported this period)", () => {
    expect(errors({ ...valid, values: { "12": "" } })).toEqual({});
  });
  it("reads full-width digits as a Chinese input method types them (１７５．５, ８０)", () => {
    const r = ZProgressReportInput.parse({ ...valid, values: { "12": "１７５．５" }, percentComplete: "８０" });
    expect(r).toMatchObject({ values: { "12": "175.5" }, percentComplete: 80 });
    expect(errors({ ...valid, values: { "12": "－３" } })["values.12"]).toEqual(["请填写不小于 0 的数字，最多两位小数"]);
  });
  it("requires an explanation for a lagging status", () => {
    expect(errors({ ...valid, status: "LAGGING", narrative: "进度滞后。" }).narrative[0]).toContain("滞后原因");
    expect(errors({ ...valid, status: "LAGGING", narrative: "受征地拆迁影响进度滞后，已协调国土部门加快推进。" })).toEqual({});
  });
});

describe("periodBounds", () => {
  it.each([
    ["2019-12", "2019-12-01", "2019-12-31"],
    ["2020-02", "2020-02-01", "2020-02-29"],
    ["2021-02", "2021-02-01", "2021-02-28"],
    ["2018-04", "2018-04-01", "2018-04-30"],
  ])("%s spans %s to %s", (period, start, end) => {
    const b = periodBounds(period);
    expect(b.start.toISOString().slice(0, 10)).toBe(start);
    expect(b.end.toISOString().slice(0, 10)).toBe(end);
  });
});
