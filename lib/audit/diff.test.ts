import { describe, expect, it } from "vitest";
import { auditChanges, describeValue, referencedIds, type Names } from "./diff";
import { actionLabel } from "./labels";

const names: Names = {
  department: new Map([["3", "文化站"], ["5", "教育办公室"]]),
  strategy: new Map([["1", "实施民生共享战略"]]),
  indicator: new Map([["12", "新办合格民工子弟学校数"]]),
  milestone: new Map([["7", "主体工程完工"]]),
};

describe("audit entries in words", () => {
  it("names actions in Chinese and keeps unknown codes", () => {
    expect(actionLabel("progress_report.approve")).toBe("审核通过");
    expect(actionLabel("auth.login_failed")).toBe("登录失败");
    expect(actionLabel("something.new")).toBe("something.new");
  });

  it("lists only what changed, with names instead of ids and words instead of codes", () => {
    const changes = auditChanges(
      { displayName: "王", role: "OFFICER", isActive: true, departmentIds: [5], strategyIds: [] },
      { displayName: "王", role: "LEADER", isActive: false, departmentIds: [3, 5], strategyIds: [1] },
      names,
    );
    expect(changes).toEqual([
      { field: "role", label: "角色", before: "科室填报员", after: "分管领导" },
      { field: "isActive", label: "启用", before: "是", after: "否" },
      { field: "departmentIds", label: "部门", before: "教育办公室", after: "文化站、教育办公室" },
      { field: "strategyIds", label: "分管战略", before: "（无）", after: "实施民生共享战略" },
    ]);
  });

  it("shows a creation's fields, a review's states and a report's values by indicator name", () => {
    expect(auditChanges(null, { measure: "A2-04", period: "2021-12", reviewState: "SUBMITTED", values: { "12": "6" }, milestones: { "7": "2018-06-15" } }, names)).toEqual([
      { field: "measure", label: "举措", before: null, after: "A2-04" },
      { field: "period", label: "填报期", before: null, after: "2021-12" },
      { field: "reviewState", label: "审核状态", before: null, after: "待审核" },
      { field: "values", label: "指标数值", before: null, after: "新办合格民工子弟学校数：6" },
      { field: "milestones", label: "里程碑", before: null, after: "主体工程完工：2018-06-15" },
    ]);
    expect(auditChanges({ reviewState: "SUBMITTED" }, { reviewState: "APPROVED", measure: "A1-02" })).toEqual([
      { field: "reviewState", label: "审核状态", before: "待审核", after: "已通过" },
      { field: "measure", label: "举措", before: null, after: "A1-02" },
    ]);
  });

  it("keeps an id it cannot name, and words nested records", () => {
    expect(describeValue("departmentIds", [99], names)).toBe("99");
    expect(describeValue("reports", [{ measure: "A1-02", period: "2021-Q4", status: "ON_TRACK" }])).toBe("举措：A1-02，填报期：2021-Q4，状态：正常推进");
    expect(describeValue("passwordChanged", true)).toBe("是");
  });

  it("collects the ids to look up", () => {
    const ids = referencedIds([{ departmentIds: [3, 5], leadDepartmentId: 7 }, { values: { "12": "6" }, strategyIds: [1] }, null]);
    expect([...ids.department]).toEqual(["3", "5", "7"]);
    expect([...ids.indicator]).toEqual(["12"]);
    expect([...ids.strategy]).toEqual(["1"]);
  });
});
