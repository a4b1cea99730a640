import { describe, expect, it } from "vitest";
import { sectionOf } from "./console-sections";

describe("sectionOf", () => {
  it("finds the longest matching section", () => {
    expect(sectionOf("/console")?.label).toBe("我的任务");
    expect(sectionOf("/console/dashboard/A/A1/A1-02")?.roles).toEqual(["LEADER", "ADMIN"]);
    expect(sectionOf("/console/admin/users/12")?.roles).toEqual(["ADMIN"]);
    expect(sectionOf("/console/review/5")?.roles).toEqual(["LEADER"]);
    expect(sectionOf("/console/measures/7")?.label).toBe("举措");
  });
  it("does not take a longer word for a section", () => {
    expect(sectionOf("/console/reviewer")?.href).toBe("/console");
    expect(sectionOf("/console/settingsx")?.href).toBe("/console");
  });
  it("knows nothing outside the console", () => {
    expect(sectionOf("/consoles")).toBeNull();
    expect(sectionOf("/")).toBeNull();
  });
});
