import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importProgress } from "@/lib/actions/import-progress";
import { importPlanStructure } from "@/lib/actions/import-plan-structure";
import { planStructureTemplate, progressTemplate } from "@/lib/dal/import-templates";
import { templateCsv, templateXlsx } from "@/lib/import/templates";
import type { ImportResult } from "@/lib/import/result";
import { createPrismaClient } from "@/lib/prisma-client";
import { plan as seedPlan } from "@/prisma/seed/plan";
import { actorOf } from "../support/db-utils";
import { databaseFingerprint } from "../support/fingerprint";
import { signInAs } from "./session";

// Spreadsheet import against the database: a dry run writes nothing at all (not even an audit
// row), a file with one bad row writes nothing, and a good file is one audited transaction.

const db = createPrismaClient();
afterAll(async () => {
  // Leave the plan as other test files expect it: the measures created here go, A2-04's due day comes back.
  await db.measure.deleteMany({ where: { code: { in: ["A1-90-P01", "A1-90"] } } });
  await db.measure.update({ where: { code: "A2-04" }, data: { dueDay: 5 } });
  await db.$disconnect();
});

const HEADER = ["举措编号", "举措名称", "指标编号", "指标名称", "单位", "填报期", "本期数值", "进展状态", "进展情况说明"];

async function xlsxFile(name: string, rows: (string | number | null)[][], sheet = "填报数据"): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return new File([await wb.xlsx.writeBuffer()], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

const run = (action: typeof importProgress | typeof importPlanStructure, file: File | Blob, dryRun: boolean) => {
  const form = new FormData();
  form.set("file", file);
  form.set("dryRun", String(dryRun));
  return action(null, form);
};

/** The school measure of 教育办公室 (A2-04) and its indicator, with a quarter it has not reported. */
let school: { id: number; code: string; indicator: string; version: number };
beforeAll(async () => {
  const m = await db.measure.findUniqueOrThrow({ where: { code: "A2-04" }, select: { id: true, code: true, version: true, indicators: { select: { code: true }, orderBy: { order: "asc" } } } });
  school = { id: m.id, code: m.code, indicator: m.indicators[0].code, version: m.version };
});

describe("importProgress", () => {
  it("checks a valid file without writing anything, then imports it as submitted reports in one audited transaction", async () => {
    signInAs(await actorOf(db, "jiaoyu"));
    const file = await xlsxFile("教育办台账.xlsx", [
      HEADER,
      [school.code, "民工子弟学校", school.indicator, "民工子弟学校", "所", "2020-06", 4, "正常推进", "第4所学校已通过验收并招生。"],
      [school.code, "民工子弟学校", school.indicator, "民工子弟学校", "所", "2020Q3", "4", "存在风险", "第5所学校因征地协调进度偏慢，已列入督办。"],
    ]);
    const before = await databaseFingerprint(db);
    const dry = await run(importProgress, file, true);
    expect(dry).toMatchObject({ ok: true, message: expect.stringContaining("检查通过"), data: { dryRun: true, committed: false, invalid: 0 } });
    expect((dry.ok && dry.data?.rows.map((r) => r.summary)) || []).toEqual([
      "A2-04 2020年第二季度：新办合格民工子弟学校数 4所（新填报：正常推进）",
      "A2-04 2020年第三季度：新办合格民工子弟学校数 4所（新填报：存在风险）",
    ]);
    expect(await databaseFingerprint(db)).toEqual(before);

    const done = await run(importProgress, file, false);
    expect(done).toMatchObject({ ok: true, message: "已导入 2 份填报，等待分管领导审核。", data: { committed: true } });
    const reports = await db.progressReport.findMany({ where: { measureId: school.id, narrative: { contains: "第4所学校已通过验收并招生" } }, include: { values: true } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reviewState: "SUBMITTED", periodStart: new Date("2020-04-01"), periodEnd: new Date("2020-06-30"), status: "ON_TRACK" });
    expect(reports[0].values.map((v) => Number(v.value))).toEqual([4]);
    expect((await db.measure.findUniqueOrThrow({ where: { id: school.id } })).version).toBe(school.version + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "progress_report.import" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorName: "jiaoyu", objectType: "import", objectId: "progress:教育办台账.xlsx" });
  });

  it("writes nothing when one row of the file is bad, and says which row and why", async () => {
    signInAs(await actorOf(db, "jiaoyu"));
    const file = await xlsxFile("有误.xlsx", [
      HEADER,
      [school.code, null, school.indicator, null, null, "2019-06", 3, "正常推进", "本行没有问题，可以导入。"],
      [school.code, null, school.indicator, null, null, "2019-09", -3, "正常推进", "数值为负数，本行有误。"],
    ]);
    const before = await databaseFingerprint(db);
    const dry = await run(importProgress, file, true);
    expect(dry).toMatchObject({ ok: true, message: "检查完成：1 行有误，请修改后重新检查。未写入任何数据。" });
    expect(dry.ok && dry.data?.rows.map((r) => [r.line, r.ok, r.errors])).toEqual([[2, true, []], [3, false, ["本期数值须为不小于 0 的数字，最多两位小数"]]]);
    const refused = await run(importProgress, file, false);
    expect(refused).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "rows.3": ["本期数值须为不小于 0 的数字，最多两位小数"] } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("refuses another department's measure like a missing one, writing nothing", async () => {
    signInAs(await actorOf(db, "paichusuo"));
    const file = new File([`${HEADER.join(",")}\r\n${school.code},,${school.indicator},,,2019-03,3,正常推进,不是本部门的举措。\r\n`], "x.csv");
    const before = await databaseFingerprint(db);
    expect(await run(importProgress, file, false)).toMatchObject({ ok: false, code: "not_found", fieldErrors: { "rows.2": ["未找到举措“A2-04”，或该举措不属于您所在的部门"] } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("refuses an oversized file, a file that is not a spreadsheet and one with too many rows, writing nothing", async () => {
    signInAs(await actorOf(db, "jiaoyu"));
    const before = await databaseFingerprint(db);
    const oversized = new File([new Uint8Array(2 * 1024 * 1024 + 10).fill(0x41)], "大文件.csv");
    expect(await run(importProgress, oversized, true)).toMatchObject({ ok: false, code: "invalid", fieldErrors: { file: ["文件超过 2 MB 的上限，请分成几个文件导入"] } });
    const pdf = new File(["%PDF-1.7\n这是一份PDF文件"], "台账.xlsx");
    expect(await run(importProgress, pdf, true)).toMatchObject({ ok: false, code: "invalid", message: "该文件不是电子表格。请上传 Excel（.xlsx）或 CSV 文件。" });
    const image = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], "台账.csv");
    expect(await run(importProgress, image, false)).toMatchObject({ ok: false, code: "invalid", fieldErrors: { file: [expect.stringContaining("不是电子表格")] } });
    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])], "旧台账.xls");
    expect(await run(importProgress, xls, false)).toMatchObject({ ok: false, message: expect.stringContaining("另存为 .xlsx 或 .csv") });
    const many = new File([`${HEADER.join(",")}\n${Array.from({ length: 2001 }, () => `${school.code},,,,,2019-03,,正常推进,按计划推进。`).join("\n")}`], "很多行.csv");
    expect(await run(importProgress, many, false)).toMatchObject({ ok: false, message: "文件有 2001 行数据，超过每次 2000 行的上限，请分成几个文件导入。" });
    expect(await run(importProgress, new File([], "空.csv"), true)).toMatchObject({ ok: false, fieldErrors: { file: ["文件是空的"] } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("imports the quarter of a returned report from a CSV as that report's revision", async () => {
    // 民政办公室's 骨灰堂 report of 2021 Q4 was returned (demo history): importing that quarter revises it.
    signInAs(await actorOf(db, "minzheng"));
    const measure = await db.measure.findUniqueOrThrow({ where: { code: "A3-14" }, select: { id: true } });
    const returned = await db.progressReport.findFirstOrThrow({ where: { measureId: measure.id, reviewState: "RETURNED", revisedBy: null } });
    const csv = "\uFEFF举措编号,填报期,进展状态,进展情况说明\r\nA3-14,2021Q4,滞后,骨灰堂选址调整后已完成用地报批，计划明年建成。\r\n";
    const result = await run(importProgress, new File([csv], "骨灰堂.csv"), false);
    expect(result).toMatchObject({ ok: true });
    const revision = await db.progressReport.findFirstOrThrow({ where: { revisesId: returned.id } });
    expect(revision).toMatchObject({ reviewState: "SUBMITTED", status: "LAGGING", periodStart: new Date("2021-10-01") });
  });

  it("offers a template of the officer's own measures that imports back as nothing to do", async () => {
    const actor = await actorOf(db, "jiaoyu");
    signInAs(actor);
    const spec = await progressTemplate(actor);
    expect(spec.rows.length).toBeGreaterThan(0);
    expect(spec.rows.every((r) => typeof r.measureCode === "string")).toBe(true);
    const file = new File([await templateXlsx(spec)], "模板.xlsx");
    const before = await databaseFingerprint(db);
    expect(await run(importProgress, file, true)).toMatchObject({ ok: false, message: "文件中没有填写任何填报内容（填报期、数值、状态或说明）。" });
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});

describe("importPlanStructure", () => {
  it("round-trips its own template: every row unchanged, nothing written on the dry run", async () => {
    signInAs(await actorOf(db, "admin"));
    const spec = await planStructureTemplate();
    const before = await databaseFingerprint(db);
    for (const file of [new File([await templateXlsx(spec)], "结构.xlsx"), new File([templateCsv(spec)], "结构.csv")]) {
      const dry = await run(importPlanStructure, file, true);
      expect(dry.ok, JSON.stringify(dry).slice(0, 500)).toBe(true);
      const data = (dry.ok ? dry.data : undefined) as ImportResult;
      expect(data.rows.filter((r) => !r.ok)).toEqual([]);
      expect(data.summary).toMatch(/新增举措 0 项、更新 0 项；新增指标 0 个、更新 0 个$/);
      expect(data.rows.length).toBe(spec.rows.length);
    }
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("creates a measure with a project and indicators and updates another, in one audited transaction", async () => {
    signInAs(await actorOf(db, "admin"));
    const file = await xlsxFile("新增.xlsx", [
      ["战略编号", "重点任务编号", "举措编号", "上级举措编号", "类型", "举措内容", "牵头单位", "责任单位", "填报周期", "截止日", "指标编号", "指标名称", "单位", "指标类型", "目标值", "分年度目标"],
      ["A", "A1", "A1-90", null, "举措", "新建社区邻里中心3个", "建设管理办公室", "社会事务管理办公室", "每季度", 10, "A1-90-I1", "社区邻里中心", "个", "数量", 3, "2019:1；2020:2"],
      ["A", "A1", "A1-90-P01", "A1-90", "项目", "北片社区邻里中心", "jianshe", null, null, null, null, null, null, null, null, null],
      ["A", "A2", "A2-04", null, null, null, null, null, null, 8, null, null, null, null, null, null],
    ], "举措与指标");
    const version = (await db.measure.findUniqueOrThrow({ where: { code: "A2-04" } })).version;
    const result = await run(importPlanStructure, file, false);
    expect(result).toMatchObject({ ok: true, message: `已导入：规划“${seedPlan.name}”共 3 行：新增举措 2 项、更新 1 项；新增指标 1 个、更新 0 个。` });
    const created = await db.measure.findUniqueOrThrow({
      where: { code: "A1-90" },
      include: { departments: true, indicators: { include: { interimTargets: true } }, children: true, leadDepartment: true },
    });
    expect(created).toMatchObject({ reportingCycle: "QUARTERLY", dueDay: 10, title: "新建社区邻里中心3个", leadDepartment: { code: "jianshe" } });
    expect(created.departments).toHaveLength(2);
    expect(created.children.map((c) => c.code)).toEqual(["A1-90-P01"]);
    expect(created.indicators[0]).toMatchObject({ code: "A1-90-I1", kind: "COUNT", comparison: "GTE", deadline: new Date("2021-12-31"), baselineDate: new Date("2016-12-31") });
    expect(created.indicators[0].interimTargets.map((t) => [t.year, Number(t.value)])).toEqual([[2019, 1], [2020, 2]]);
    expect(await db.measure.findUniqueOrThrow({ where: { code: "A2-04" } })).toMatchObject({ dueDay: 8, version: version + 1 });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "plan_structure.import" }, orderBy: { id: "desc" } })).toMatchObject({ actorName: "admin", objectId: "plan_structure:新增.xlsx" });
  });

  it("writes nothing when a row is bad", async () => {
    signInAs(await actorOf(db, "admin"));
    const file = await xlsxFile("有误.xlsx", [
      ["战略编号", "重点任务编号", "举措编号", "举措内容", "牵头单位"],
      ["A", "A1", "A1-97", "这一行没有问题", "jianshe"],
      ["A", "A1", "A1-98", "这一行的部门不存在", "不存在的办公室"],
    ]);
    const before = await databaseFingerprint(db);
    expect(await run(importPlanStructure, file, false)).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "rows.3": ["未找到部门“不存在的办公室”"] } });
    expect(await databaseFingerprint(db)).toEqual(before);
    expect(await db.measure.findUnique({ where: { code: "A1-97" } })).toBeNull();
  });
});
