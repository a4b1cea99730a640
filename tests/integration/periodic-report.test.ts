import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPeriodicReport } from "@/lib/dal/periodic-report";
import { getMeasureStatuses, getRollups, queryRollups } from "@/lib/dal/status";
import { DISPLAY_ORDER, STATUS_LABEL_ZH } from "@/lib/domain";
import { periodicReportXlsx } from "@/lib/periodic-report/xlsx";
import { createPrismaClient } from "@/lib/prisma-client";

// 月报 and 季报 take every status and progress figure from the status engine (lib/dal/status),
// the source of the dashboards and the public pages: the numbers must be the same.

const db = createPrismaClient();
afterAll(() => db.$disconnect());

let planId: number;
let strategyA: number;
beforeAll(async () => {
  const plan = await db.plan.findFirstOrThrow({ where: { state: "CURRENT" }, select: { id: true, strategies: { where: { code: "A" }, select: { id: true } } } });
  planId = plan.id;
  strategyA = plan.strategies[0].id;
});

const request = (period: string, strategy?: string) => ({ kind: period.includes("Q") ? ("quarter" as const) : ("month" as const), period, strategy });

describe("the 月报 of the plan", () => {
  it("has the status engine's plan, strategy and task-area figures at the month's end and the month before", async () => {
    const report = (await buildPeriodicReport(request("2021-06")))!;
    expect(report).toMatchObject({ title: "月报（2021年6月）", scopeName: "全部规划", period: { start: "2021-06-01", end: "2021-06-30" }, previous: { key: "2021-05", end: "2021-05-31" } });
    const [now] = await getRollups({ planId, asOf: "2021-06-30", level: "plan" });
    const [before] = await getRollups({ planId, asOf: "2021-05-31", level: "plan" });
    expect(report.summary.now).toMatchObject({ progress: now.progress, status: now.status, counts: now.counts, explanation: now.explanation });
    expect(report.summary.before).toMatchObject({ progress: before.progress, status: before.status, counts: before.counts });
    const strategies = await getRollups({ planId, asOf: "2021-06-30", level: "strategy" });
    const areas = await getRollups({ planId, asOf: "2021-06-30", level: "taskArea" });
    const strategyOf = new Map((await queryRollups({ planId, dates: ["2021-06-30"], levels: ["taskArea"] })).map((a) => [a.id, a.strategyId]));
    expect(report.lines.map((l) => [l.level, l.id, l.progress, l.status])).toEqual(
      strategies.flatMap((s) => [
        ["strategy", s.id, s.progress, s.status],
        ...areas.filter((a) => strategyOf.get(a.id) === s.id).map((a) => ["taskArea", a.id, a.progress, a.status]),
      ]),
    );
  });

  it("lists the status changes since the month before and the lagging measures with the engine's reasons", async () => {
    const report = (await buildPeriodicReport(request("2021-12")))!;
    const [now, before] = await Promise.all([getMeasureStatuses({ planId, asOf: "2021-12-31" }), getMeasureStatuses({ planId, asOf: "2021-11-30" })]);
    const was = new Map(before.map((m) => [m.measureId, m.status]));
    const changed = now.filter((m) => was.get(m.measureId) !== m.status);
    expect(changed.length).toBeGreaterThan(0);
    expect(report.changes.map((c) => c.measureId).sort()).toEqual(changed.map((m) => m.measureId).sort());
    for (const c of report.changes) expect([c.from, c.to]).toEqual([was.get(c.measureId), now.find((m) => m.measureId === c.measureId)!.status]);

    const lagging = now.filter((m) => m.status === "LAGGING" || m.status === "OVERDUE");
    expect(report.lagging.map((l) => [l.measureId, l.status, l.reason]).sort()).toEqual(lagging.map((m) => [m.measureId, m.status, m.reason]).sort());
    expect(report.lagging.length).toBe(report.summary.now.counts.LAGGING + report.summary.now.counts.OVERDUE);
    // Their departments' own words come along: every lagging measure of the demo history has reported.
    expect(report.lagging.filter((l) => l.narrative !== null).length).toBeGreaterThan(0);
  });

  it("counts each department's reports due in the period: quarterly measures report in the quarter's last month", async () => {
    const december = (await buildPeriodicReport(request("2021-12")))!;
    // Every measure has a period ending in December (its month, or its fourth quarter).
    const [expected] = await db.$queryRaw<{ due: number; submitted: number; approved: number }[]>`
      SELECT count(*)::int AS due,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM progress_report r WHERE r."measureId" = m.id AND r."submittedAt" IS NOT NULL AND r."periodEnd" BETWEEN p.start AND '2021-12-31'))::int AS submitted,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM progress_report r WHERE r."measureId" = m.id AND r."reviewState" = 'APPROVED' AND r."periodEnd" BETWEEN p.start AND '2021-12-31'))::int AS approved
      FROM measure m JOIN task_area ta ON ta.id = m."taskAreaId" JOIN strategy s ON s.id = ta."strategyId",
           LATERAL (SELECT CASE m."reportingCycle" WHEN 'MONTHLY' THEN DATE '2021-12-01' ELSE DATE '2021-10-01' END AS start) p
      WHERE s."planId" = ${planId}`;
    expect(december.departmentTotal).toMatchObject({ ...expected, overdue: expected.due - expected.submitted });
    // The demo's last quarter: most approved, a few waiting, one still a draft.
    expect(expected.due - expected.submitted).toBeGreaterThanOrEqual(1);
    expect(december.departments.reduce((n, d) => n + d.due, 0)).toBe(expected.due);
    const november = (await buildPeriodicReport(request("2021-11")))!;
    const monthly = await db.measure.count({ where: { reportingCycle: "MONTHLY", taskArea: { strategy: { planId } } } });
    expect(november.departmentTotal.due).toBe(monthly);
  });
});

describe("the 季报 of one strategy", () => {
  it("has the strategy's figures and its task areas only", async () => {
    const report = (await buildPeriodicReport(request("2020-Q2", "A")))!;
    expect(report).toMatchObject({ title: "季报（2020年第二季度）", scopeName: "实施民生共享战略", previous: { key: "2020-Q1", end: "2020-03-31" } });
    const rows = await queryRollups({ planId, dates: ["2020-06-30"], strategyId: strategyA });
    const strategy = rows.find((r) => r.level === "strategy")!;
    expect(report.summary.now).toMatchObject({ id: strategyA, progress: strategy.progress, status: strategy.status, counts: strategy.counts });
    expect(report.lines.map((l) => l.id)).toEqual(rows.filter((r) => r.level === "taskArea").map((r) => r.id));
    const measures = await getMeasureStatuses({ planId, asOf: "2020-06-30", strategyId: strategyA });
    expect(report.lagging.map((l) => l.measureId).sort()).toEqual(measures.filter((m) => m.status === "LAGGING" || m.status === "OVERDUE").map((m) => m.measureId).sort());
  });

  it("compares the plan's first quarter with the eve of the plan", async () => {
    const report = (await buildPeriodicReport(request("2017-Q1")))!;
    expect(report.previous).toEqual({ key: "2016-Q4", label: "规划期开始前", end: "2016-12-31" });
    const [eve] = await getRollups({ planId, asOf: "2016-12-31", level: "plan" });
    expect(report.summary.before.counts).toEqual(eve.counts);
  });
});

describe("what cannot be reported", () => {
  it.each([["2022-01"], ["2016-12"], ["2021-Q5"], ["2021-13"]])("has no report for %s", async (period) => {
    expect(await buildPeriodicReport(request(period))).toBeNull();
  });
  it("has no report for an unknown strategy", async () => {
    expect(await buildPeriodicReport(request("2021-12", "Z"))).toBeNull();
  });
});

describe("the workbook", () => {
  it("holds the page's numbers", async () => {
    const report = (await buildPeriodicReport(request("2021-12")))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await periodicReportXlsx(report));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["概况", "战略与重点任务", "状态变化", "滞后事项", "报送情况"]);
    const summary = wb.getWorksheet("概况")!;
    const byLabel = new Map<string, ExcelJS.CellValue[]>();
    summary.eachRow((row) => byLabel.set(String(row.getCell(1).value), [row.getCell(2).value, row.getCell(3).value]));
    expect(byLabel.get("加权完成度")).toEqual([report.summary.now.progress, report.summary.before.progress]);
    for (const s of DISPLAY_ORDER) expect(byLabel.get(STATUS_LABEL_ZH[s])).toEqual([report.summary.now.counts[s], report.summary.before.counts[s]]);
    expect(wb.getWorksheet("滞后事项")!.actualRowCount).toBe(report.lagging.length + 1);
    expect(wb.getWorksheet("状态变化")!.actualRowCount).toBe(report.changes.length + 1);
  });

  it("gives its time of generation in Beijing time, not as a UTC timestamp", async () => {
    const report = { ...(await buildPeriodicReport(request("2021-12")))!, generatedAt: "2022-01-03T17:30:00.000Z" };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await periodicReportXlsx(report));
    let generated: ExcelJS.CellValue = null;
    wb.getWorksheet("概况")!.eachRow((row) => {
      if (row.getCell(1).value === "生成时间") generated = row.getCell(2).value;
    });
    expect(generated).toBe("2022/01/04 01:30（北京时间）");
  });
});
