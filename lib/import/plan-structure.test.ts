import { describe, expect, it } from "vitest";
import { checkPlanStructureRows, type StructureContext } from "./plan-structure";

const ctx: StructureContext = {
  planStart: "2017-01-01",
  planEnd: "2021-12-31",
  strategies: new Map([["A", 1]]),
  taskAreas: new Map([["A|A1", 10], ["A|A2", 11]]),
  otherPlanCodes: new Set(["B1-01", "B1-01-I1"]),
  earlierMeasures: new Map([["B1-01", { id: 900, planName: "上一期规划" }]]),
  departments: new Map([["jianshe", 4], ["建设管理办公室", 4], ["shehui", 7], ["社会事务管理办公室", 7], ["dangzheng", 1], ["党政办公室", 1]]),
  measures: new Map([
    ["A1-01", { id: 100, code: "A1-01", taskAreaId: 10, parentCode: null, kind: "MEASURE", title: "城市有机更新", leadDepartmentId: 4, departmentIds: [1, 4], reportingCycle: "QUARTERLY", dueDay: 5, weight: "1" }],
  ]),
  indicators: new Map([
    ["A1-01-I1", {
      id: 500, code: "A1-01-I1", measureCode: "A1-01", name: "更新片区", unit: "个", kind: "COUNT", baselineValue: "0", baselineDate: "2016-12-31", targetValue: "5",
      comparison: "GTE", deadline: "2021-12-31", hasValues: true, interim: [{ year: 2019, value: "2" }],
    }],
  ]),
};
const row = (line: number, cells: Record<string, string>) => ({ line, cells: { strategy: "A", taskArea: "A1", ...cells } });

describe("checkPlanStructureRows", () => {
  it("creates new measures, projects under them and their indicators, with defaults", () => {
    const check = checkPlanStructureRows([
      row(2, { code: "A1-90", title: "新建社区邻里中心3个", lead: "建设管理办公室", departments: "shehui", cycle: "每季度", indicatorCode: "A1-90-I1", indicatorName: "邻里中心", unit: "个", indicatorKind: "数量", targetValue: "3", interim: "2019:1；2020:2" }),
      row(3, { code: "A1-90", indicatorCode: "A1-90-I2", indicatorName: "建成", indicatorKind: "是否完成", targetValue: "1", deadline: "2020-06-30" }),
      row(4, { code: "A1-90-P01", parent: "A1-90", kind: "项目", title: "北片邻里中心", lead: "jianshe" }),
    ], ctx);
    expect(check.rows.map((r) => [r.ok, r.summary, r.errors])).toEqual([
      [true, "新增举措 A1-90；新增指标 A1-90-I1", []],
      [true, "举措 A1-90（同第 2 行）；新增指标 A1-90-I2", []],
      [true, "新增举措 A1-90-P01", []],
    ]);
    expect(check.measures).toEqual([
      { line: 2, code: "A1-90", create: true, taskAreaId: 10, parentCode: null, fields: { kind: "MEASURE", reportingCycle: "QUARTERLY", dueDay: 5, weight: "1", title: "新建社区邻里中心3个", leadDepartmentId: 4, departmentIds: [4, 7] } },
      { line: 4, code: "A1-90-P01", create: true, taskAreaId: 10, parentCode: "A1-90", fields: { kind: "PROJECT", reportingCycle: "MONTHLY", dueDay: 5, weight: "1", title: "北片邻里中心", leadDepartmentId: 4, departmentIds: [4] } },
    ]);
    expect(check.indicators[0]).toMatchObject({
      code: "A1-90-I1", measureCode: "A1-90", create: true, interim: [{ year: 2019, value: "1" }, { year: 2020, value: "2" }],
      fields: { name: "邻里中心", unit: "个", kind: "COUNT", baselineValue: "0", baselineDate: "2016-12-31", targetValue: "3", comparison: "GTE", deadline: "2021-12-31" },
    });
    expect(check.indicators[1].fields).toMatchObject({ kind: "MILESTONE", targetValue: "1", deadline: "2020-06-30" });
  });

  it("updates only what differs and says so; the same values change nothing", () => {
    const check = checkPlanStructureRows([
      row(2, { code: "A1-01", title: "城市有机更新（修订）", lead: "建设管理办公室", departments: "党政办公室", indicatorCode: "A1-01-I1", targetValue: "6", interim: "2019:2" }),
      row(3, { code: "A1-01", cycle: "每季度" }),
    ], ctx);
    expect(check.rows[0]).toMatchObject({ ok: true, summary: "更新举措 A1-01（举措内容）；更新指标 A1-01-I1（目标值）" });
    expect(check.measures[0].fields).toEqual({ title: "城市有机更新（修订）" });
    expect(check.indicators[0]).toMatchObject({ fields: { targetValue: "6" }, interim: null });
    expect(check.rows[1].errors).toEqual(["填报周期请填写在该举措第一次出现的行（第 2 行）"]);
    const unchanged = checkPlanStructureRows([row(2, { code: "A1-01", title: "城市有机更新", indicatorCode: "A1-01-I1", unit: "个" })], ctx);
    expect(unchanged.rows[0].summary).toBe("举措 A1-01 无变化；指标 A1-01-I1 无变化");
  });

  it("refuses what the database would refuse, and moves, in Chinese", () => {
    const check = checkPlanStructureRows([
      row(2, { strategy: "Z", code: "Z1-01", title: "x", lead: "jianshe" }),
      row(3, { taskArea: "A2", code: "A1-01" }),
      row(4, { code: "A1-91", title: "缺牵头单位" }),
      row(5, { code: "A1-92", title: "未知部门", lead: "不存在的办公室" }),
      row(6, { code: "A1-93", title: "百分比", lead: "jianshe", indicatorCode: "A1-93-I1", indicatorName: "覆盖率", indicatorKind: "百分比", targetValue: "120" }),
      row(7, { code: "A1-01", indicatorCode: "A1-01-I1", indicatorKind: "百分比" }),
      row(8, { code: "A1-94", title: "项目", lead: "jianshe", parent: "A9-99" }),
      row(9, { code: "A 1", title: "空格", lead: "jianshe" }),
      row(10, { code: "A1-95", title: "期限", lead: "jianshe", indicatorCode: "A1-95-I1", indicatorName: "x", indicatorKind: "数量", targetValue: "1", deadline: "2016-01-01", interim: "2022:1" }),
      row(11, { code: "A1-96", title: "指标编号", lead: "jianshe", indicatorName: "没有编号" }),
    ], ctx);
    expect(Object.fromEntries(check.rows.map((r) => [r.line, r.errors]))).toEqual({
      2: ["未找到战略“Z”下的重点任务“A1”（新增战略须填写战略名称）"],
      3: ["举措 A1-01 已属于其他重点任务，导入不能移动举措"],
      4: ["新增举措须填写牵头单位"],
      5: ["未找到部门“不存在的办公室”"],
      6: ["百分比指标的基期值和目标值不能超过 100"],
      7: ["该指标已有填报数据，不能修改指标类型"],
      8: ["未找到上级举措“A9-99”（须已存在或在前面的行中新增）"],
      9: ["举措编号只能由字母、数字和 - 组成（不超过 32 位）"],
      10: ["完成期限不能早于基期日期", "分年度目标 2022 年不在基期和完成期限之间"],
      11: ["填写了指标内容，但没有填写指标编号"],
    });
    expect(check.rows.every((r) => !r.ok)).toBe(true);
  });

  it("adds the strategies and task areas a row names, once, and refuses a new one without its name", () => {
    const check = checkPlanStructureRows([
      { line: 2, cells: { strategy: "D", strategyName: "实施产业升级战略", taskArea: "D1", taskAreaName: "培育智能电气产业", code: "D1-01", title: "建设智能电气小镇", lead: "jianshe" } },
      { line: 3, cells: { strategy: "D", taskArea: "D1", code: "D1-02", title: "引进龙头企业", lead: "jianshe" } },
      { line: 4, cells: { strategy: "D", taskArea: "D2", taskAreaName: "数字化改造", code: "D2-01", title: "企业上云", lead: "jianshe" } },
      { line: 5, cells: { strategy: "E", taskArea: "E1", taskAreaName: "x", code: "E1-01", title: "y", lead: "jianshe" } },
    ], ctx);
    expect(check.rows.map((r) => [r.ok, r.summary, r.errors])).toEqual([
      [true, "新增战略 D；新增重点任务 D1；新增举措 D1-01", []],
      [true, "新增举措 D1-02", []],
      [true, "新增重点任务 D2；新增举措 D2-01", []],
      [false, "", ["未找到战略“E”下的重点任务“E1”（新增战略须填写战略名称）"]],
    ]);
    expect(check.strategies).toEqual([{ code: "D", name: "实施产业升级战略" }]);
    expect(check.taskAreas).toEqual([
      { id: -1, strategyCode: "D", code: "D1", name: "培育智能电气产业" },
      { id: -2, strategyCode: "D", code: "D2", name: "数字化改造" },
    ]);
    expect(check.measures.map((m) => [m.code, m.taskAreaId])).toEqual([["D1-01", -1], ["D1-02", -1], ["D2-01", -2]]);
  });

  it("refuses codes of other plans and links a measure to the earlier one it continues (延续)", () => {
    const check = checkPlanStructureRows([
      row(2, { code: "B1-01", title: "重复编号", lead: "jianshe" }),
      row(3, { code: "A1-91", title: "延续举措", lead: "jianshe", continues: "B1-01", indicatorCode: "B1-01-I1", indicatorName: "n", indicatorKind: "数量", targetValue: "1" }),
      row(4, { code: "A1-92", title: "延续举措", lead: "jianshe", continues: "Z9-99" }),
    ], ctx);
    expect(check.rows.map((r) => r.errors)).toEqual([
      ["举措编号 B1-01 已被其他规划使用（各期规划的编号不能重复），请换一个编号，如加上规划期前缀"],
      ["指标编号 B1-01-I1 已被其他规划使用（各期规划的编号不能重复）"],
      ["未找到上一期规划中的举措“Z9-99”（延续自须填写更早规划的举措编号）"],
    ]);
    const ok = checkPlanStructureRows([row(2, { code: "A1-91", title: "延续举措", lead: "jianshe", continues: "B1-01" })], ctx);
    expect(ok.measures[0].fields.continuesId).toBe(900);
  });
});
