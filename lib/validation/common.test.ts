import { describe, expect, it } from "vitest";
import { halfWidthDigits, zDecimal } from "./common";
import { ZUpdateStatusThresholds } from "./settings";

describe("halfWidthDigits", () => {
  it("makes full-width digits, point and minus ASCII and leaves everything else", () => {
    expect(halfWidthDigits("０１２３４５６７８９．－")).toBe("0123456789.-");
    expect(halfWidthDigits("12.5")).toBe("12.5");
    expect(halfWidthDigits("１，２")).toBe("1，2"); // a full-width comma stays: not a number
    expect(halfWidthDigits("一百")).toBe("一百");
  });
});

describe("zDecimal", () => {
  it("takes full-width digits and still refuses what is not a decimal of two places", () => {
    expect(zDecimal("目标值").parse(" １７８ ")).toBe("178");
    expect(zDecimal("目标值").safeParse("１．２３４").error?.issues[0].message).toBe("目标值须为不小于 0 的数字，最多两位小数");
    expect(zDecimal("目标值").safeParse("－１").success).toBe(false);
  });
});

describe("settings read full-width digits too", () => {
  it("takes the thresholds as typed in full-width mode", () => {
    const typed = { atRiskPercent: "１０", laggingPercent: "２０．５", milestoneGraceDays: "１５", laggingSharePercent: "２０", riskSharePercent: "２０" };
    expect(ZUpdateStatusThresholds.safeParse(typed).data).toMatchObject({ atRisk: 0.1, lagging: 0.205, milestoneGraceDays: 15 });
  });
});
