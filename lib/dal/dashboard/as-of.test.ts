import { describe, expect, it } from "vitest";
import { chooseAsOf, defaultAsOf, todayInShanghai, trendDays, yearEnds } from "./as-of";

describe("the as-of day of a dashboard", () => {
  it("is today during the plan and the plan's end once it is over", () => {
    expect(defaultAsOf("2021-12-31", "2026-11-29")).toBe("2021-12-31");
    expect(defaultAsOf("2021-12-31", "2019-05-04")).toBe("2019-05-04");
  });

  it.each([
    [undefined, "2021-12-31", true, false],
    ["", "2021-12-31", true, false],
    ["2019-12-31", "2019-12-31", false, false],
    [["2018-06-30", "2019-12-31"], "2018-06-30", false, false],
    ["2021-02-29", "2021-12-31", true, true],
    ["2019-12-31' OR 1=1", "2021-12-31", true, true],
    ["1889-01-01", "2021-12-31", true, true],
    ["2021-12-31", "2021-12-31", true, false],
  ])("?asOf=%j → %s", (param, asOf, isDefault, invalid) => {
    expect(chooseAsOf(param, "2021-12-31", "2026-11-29")).toEqual({ asOf, isDefault, invalid });
  });

  it("counts the day in Shanghai (UTC+8)", () => {
    expect(todayInShanghai(Date.parse("2026-11-28T16:00:00Z"))).toBe("2026-11-29");
    expect(todayInShanghai(Date.parse("2026-11-28T15:59:59Z"))).toBe("2026-11-28");
  });

  it("offers the plan's year-ends", () => {
    expect(yearEnds("2017-01-01", "2021-12-31").map((y) => y.label)).toEqual(["2017年末", "2018年末", "2019年末", "2020年末", "2021年末"]);
  });

  it("draws a trend through the quarter-ends up to the day", () => {
    expect(trendDays("2017-01-01", "2017-12-31")).toEqual(["2016-12-31", "2017-03-31", "2017-06-30", "2017-09-30", "2017-12-31"]);
    expect(trendDays("2017-01-01", "2017-05-17")).toEqual(["2016-12-31", "2017-03-31", "2017-05-17"]);
    expect(trendDays("2017-01-01", "2021-12-31")).toHaveLength(21);
    expect(trendDays("2013-03-15", "2013-07-01")).toEqual(["2012-12-31", "2013-03-31", "2013-06-30", "2013-07-01"]);
  });
});
