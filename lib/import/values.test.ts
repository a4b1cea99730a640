import { describe, expect, it } from "vitest";
import { cleanText, parseComparison, parseCycle, parseDate, parseDecimal, parseDueDay, parseIndicatorKind, parseInterimTargets, parsePeriod, parseStatus, splitList } from "./values";

const value = <T>(p: { ok: true; value: T } | { ok: false; error: string }) => (p.ok ? p.value : `ERR ${p.error}`);

describe("parsePeriod", () => {
  it.each([
    ["2021-12", "2021-12"], ["2021/3", "2021-03"], ["2021.03", "2021-03"], ["2021年3月", "2021-03"], ["2021-12-01", "2021-12"], ["2021年12月31日", "2021-12"],
    ["2021Q4", "2021-Q4"], ["2021-q1", "2021-Q1"], ["2021年第四季度", "2021-Q4"], ["2021年第2季度", "2021-Q2"], ["2020年三季度", "2020-Q3"],
    ["２０２１年１２月", "2021-12"], ["２０２１Q４", "2021-Q4"],
  ])("%s → %s", (raw, key) => expect(value(parsePeriod(raw))).toMatchObject({ key }));
  it.each(["2021-13", "2021-00", "21-12", "十二月", "2021Q5", ""])("refuses %j", (raw) => expect(parsePeriod(raw).ok).toBe(false));
});

describe("cell parsers", () => {
  it("reads statuses in Chinese and as codes", () => {
    expect(value(parseStatus("正常推进"))).toBe("ON_TRACK");
    expect(value(parseStatus("滞后"))).toBe("LAGGING");
    expect(value(parseStatus("done"))).toBe("DONE");
    expect(parseStatus("逾期").ok).toBe(false); // the engine's word, not a reporter's
  });
  it("reads non-negative numbers with two decimals at most", () => {
    expect(value(parseDecimal("1,234.5", "值"))).toBe("1234.5");
    expect(value(parseDecimal("007", "值"))).toBe("7");
    expect(value(parseDecimal("１，２３４．５", "值"))).toBe("1234.5");
    for (const bad of ["-1", "1.234", "1e3", "abc", "", "12345678901"]) expect(parseDecimal(bad, "值").ok).toBe(false);
  });
  it("reads dates, cycles, due days, kinds and comparisons", () => {
    expect(value(parseDate("2021/6/30", "日期"))).toBe("2021-06-30");
    expect(value(parseDate("2020年2月29日", "日期"))).toBe("2020-02-29");
    expect(value(parseDate("２０２１－１２－３１", "日期"))).toBe("2021-12-31");
    expect(parseDate("2021-02-29", "日期").ok).toBe(false);
    expect(value(parseCycle("每季度"))).toBe("QUARTERLY");
    expect(value(parseCycle("月"))).toBe("MONTHLY");
    expect(value(parseDueDay("10日"))).toBe(10);
    expect(value(parseDueDay("１５日"))).toBe(15);
    expect(parseDueDay("29").ok).toBe(false);
    expect(value(parseIndicatorKind("是否完成"))).toBe("MILESTONE");
    expect(value(parseComparison("超过"))).toBe("GT");
    expect(value(parseComparison("≤"))).toBe("LTE");
  });
  it("reads lists and yearly targets", () => {
    expect(splitList("党政办公室、 财政所，jianshe;x")).toEqual(["党政办公室", "财政所", "jianshe", "x"]);
    expect(value(parseInterimTargets("2017:30；2018：70"))).toEqual([{ year: 2017, value: "30" }, { year: 2018, value: "70" }]);
    expect(value(parseInterimTargets("２０１７：３０"))).toEqual([{ year: 2017, value: "30" }]);
    expect(parseInterimTargets("2017:30；2017:40").ok).toBe(false);
    expect(parseInterimTargets("明年:5").ok).toBe(false);
  });
  it("refuses control characters and empty or over-long text", () => {
    expect(cleanText("a\u0000b", "说明", 10).ok).toBe(false);
    expect(cleanText("  ", "说明", 10).ok).toBe(false);
    expect(cleanText("12345678901", "说明", 10).ok).toBe(false);
    expect(value(cleanText(" 好 ", "说明", 10))).toBe("好");
  });
});
