import { describe, expect, it } from "vitest";
import { localePath, stripLocale, switchLocalePath } from "./paths";

describe("localePath", () => {
  it("leaves Chinese addresses without a prefix", () => {
    expect(localePath("zh-CN", "/")).toBe("/");
    expect(localePath("zh-CN", "/strategies/A")).toBe("/strategies/A");
  });
  it("puts English under /en", () => {
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/strategies/A")).toBe("/en/strategies/A");
    expect(localePath("en", "/measures?q=%E5%8D%AB%E7%94%9F")).toBe("/en/measures?q=%E5%8D%AB%E7%94%9F");
    expect(localePath("en", "/?x=1")).toBe("/en?x=1");
  });
});

describe("stripLocale", () => {
  it("removes a language prefix and nothing else", () => {
    expect(stripLocale("/en")).toBe("/");
    expect(stripLocale("/en/measures/A1-01")).toBe("/measures/A1-01");
    expect(stripLocale("/zh-CN/strategies/B")).toBe("/strategies/B");
    expect(stripLocale("/strategies/B")).toBe("/strategies/B");
    expect(stripLocale("/english")).toBe("/english");
    expect(stripLocale("")).toBe("/");
  });
});

describe("switchLocalePath", () => {
  it("goes to the same page and query in the other language", () => {
    expect(switchLocalePath("/", "", "en")).toBe("/en");
    expect(switchLocalePath("/en", "", "zh-CN")).toBe("/");
    expect(switchLocalePath("/measures", "status=LAGGING", "en")).toBe("/en/measures?status=LAGGING");
    expect(switchLocalePath("/en/measures", "?status=LAGGING", "zh-CN")).toBe("/measures?status=LAGGING");
    expect(switchLocalePath("/zh-CN/strategies/A", "", "en")).toBe("/en/strategies/A");
  });
});
