import { describe, expect, it } from "vitest";
import { deltaText, percentText, pointsText, rateOf } from "./figures";

describe("report figures", () => {
  it("words shares, changes and rates as the workbook formats them", () => {
    expect(percentText(0.6342)).toBe("63.4%");
    expect(percentText(1)).toBe("100.0%");
    expect(percentText(null)).toBe("—");
    expect(pointsText(0.0652)).toBe("+6.5 个百分点");
    expect(pointsText(-0.001)).toBe("−0.1 个百分点");
    expect(pointsText(0.0004)).toBe("±0.0 个百分点");
    expect(deltaText(3)).toBe("+3");
    expect(deltaText(-2)).toBe("−2");
    expect(deltaText(0)).toBe("—");
    expect(rateOf(3, 4)).toBe(0.75);
    expect(rateOf(0, 0)).toBeNull();
  });
});
