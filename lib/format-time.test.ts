import { describe, expect, it } from "vitest";
import { formatShanghaiTime, toShanghaiIso } from "./format-time";

describe("Beijing time", () => {
  it("writes an instant as ISO 8601 with +08:00, the same instant", () => {
    expect(toShanghaiIso("2022-01-15T08:11:05.123Z")).toBe("2022-01-15T16:11:05+08:00");
    expect(toShanghaiIso(new Date("2021-12-31T16:00:00Z"))).toBe("2022-01-01T00:00:00+08:00");
    expect(toShanghaiIso("2021-12-31T15:59:59Z")).toBe("2021-12-31T23:59:59+08:00");
    expect(Date.parse(toShanghaiIso("2020-02-29T23:30:00Z"))).toBe(Date.parse("2020-02-29T23:30:00Z"));
  });

  it("shows an instant as a Beijing clock reading", () => {
    expect(formatShanghaiTime("2021-12-31T16:05:00Z")).toBe("2022/01/01 00:05");
  });
});
