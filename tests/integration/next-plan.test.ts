import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveProgressReport } from "@/lib/actions/approve-progress-report";
import { createPlan } from "@/lib/actions/create-plan";
import { importPlanStructure } from "@/lib/actions/import-plan-structure";
import { publishPlan } from "@/lib/actions/publish-plan";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { updateMeasure } from "@/lib/actions/update-measure";
import { getCurrentPlan } from "@/lib/dal/current-plan";
import { getDashboardPlan } from "@/lib/dal/dashboard/plan";
import { getOfficerInbox, getInboxCount } from "@/lib/dal/inbox";
import { getReportOptions } from "@/lib/dal/periodic-report-period";
import { getMeasureRecords, getProgressRecords } from "@/lib/dal/public/open-data";
import { getPublicMeasure } from "@/lib/dal/public/measure";
import { loadHomePage, loadStrategyPage } from "@/lib/dal/public/pages";
import { getPublicPlan, getPublishedPlans } from "@/lib/dal/public/plan";
import { listReminderCandidates } from "@/lib/dal/reminders";
import { listReviewQueue } from "@/lib/dal/reviews";
import { listTasks } from "@/lib/dal/tasks";
import { PLAN_STRUCTURE_COLUMNS, PLAN_STRUCTURE_SHEET } from "@/lib/import/plan-structure";
import { templateXlsx } from "@/lib/import/templates";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, restoreSeedPlanAsCurrent, SEED_PLAN_CODE } from "../support/db-utils";
import { databaseFingerprint } from "../support/fingerprint";
import { signInAs } from "./session";

// Issue 15: the town's next plan. An admin creates a 2026–2030 draft, imports its structure from a
// spreadsheet (tests/fixtures/plan-2026.csv written into the import template's workbook),
// publishes it; an officer reports on one of its measures and a leader approves. The 2017–2021
// plan becomes past: read-only, its final results still public under /plans/<code>, none of its
// duties in any inbox.

const db = createPrismaClient();
const NEW = { code: "2026-2030", name: "柳市镇国民经济和社会发展第十五个五年规划（2026—2030年）" };
const TODAY = "2026-11-29";
afterAll(async () => {
  // Other test files expect the seed plan to be the current one.
  await restoreSeedPlanAsCurrent(db);
  await db.$disconnect();
});

/** The fixture's rows as the import template's workbook, as a town fills it in. */
async function fixtureWorkbook(): Promise<File> {
  const text = await readFile(path.resolve(import.meta.dirname, "../fixtures/plan-2026.csv"), "utf8");
  const [header, ...lines] = text.trim().split(/\r?\n/).map((l) => l.split(","));
  const keys = header.map((h) => PLAN_STRUCTURE_COLUMNS.find((c) => c.header === h)!.key);
  const rows = lines.map((cells) => Object.fromEntries(cells.map((c, i) => [keys[i], c])));
  const bytes = await templateXlsx({ title: "规划结构", sheet: PLAN_STRUCTURE_SHEET, columns: PLAN_STRUCTURE_COLUMNS, rows, intro: "" });
  return new File([bytes], "十五五规划结构.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

const form = (fields: Record<string, string | File>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

let planId: number;
let seedPlanId: number;
/** What the public saw of the 2017–2021 plan while it was current. */
let before: { home: Awaited<ReturnType<typeof loadHomePage>>; strategy: Awaited<ReturnType<typeof loadStrategyPage>>; school: Awaited<ReturnType<typeof getPublicMeasure>> };

beforeAll(async () => {
  seedPlanId = (await db.plan.findUniqueOrThrow({ where: { code: SEED_PLAN_CODE }, select: { id: true } })).id;
  before = { home: await loadHomePage(), strategy: await loadStrategyPage("A"), school: await getPublicMeasure("A2-04") };
});

describe("the next plan", () => {
  it("starts as a draft that the public cannot see", async () => {
    signInAs(await actorOf(db, "admin"));
    const bad = await createPlan(null, form({ code: "2026 2030", name: "", startDate: "2030-12-31", endDate: "2026-01-01" }));
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    expect(bad.ok ? {} : bad.fieldErrors).toMatchObject({ code: [expect.stringContaining("小写字母")], name: [expect.any(String)] });
    const created = await createPlan(null, form({ ...NEW, startDate: "2026-01-01", endDate: "2030-12-31" }));
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true, message: expect.stringContaining("草稿") });
    planId = created.ok ? created.id! : -1;
    expect(await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { state: true } })).toEqual({ state: "DRAFT" });
    expect((await createPlan(null, form({ ...NEW, startDate: "2026-01-01", endDate: "2030-12-31" }))).ok).toBe(false);
    expect(await getPublicPlan(NEW.code)).toBeNull();
    expect((await getPublishedPlans()).map((p) => p.code)).toEqual([SEED_PLAN_CODE]);
    expect((await getCurrentPlan())?.code).toBe(SEED_PLAN_CODE);
  });

  it("takes its structure from a spreadsheet: strategies, task areas, measures, indicators and what they continue", async () => {
    signInAs(await actorOf(db, "admin"));
    const file = await fixtureWorkbook();
    const unchanged = await databaseFingerprint(db);
    const dry = await importPlanStructure(null, form({ file, dryRun: "true", planId: String(planId) }));
    expect(dry, JSON.stringify(dry)).toMatchObject({ ok: true, data: { invalid: 0 } });
    expect(await databaseFingerprint(db)).toEqual(unchanged);
    const done = await importPlanStructure(null, form({ file, dryRun: "false", planId: String(planId) }));
    expect(done, JSON.stringify(done)).toMatchObject({ ok: true, message: expect.stringContaining("新增战略 3 个、重点任务 3 个；新增举措 4 项、更新 0 项；新增指标 3 个") });
    const measures = await db.measure.findMany({
      where: { taskArea: { strategy: { planId } } },
      orderBy: { code: "asc" },
      select: { code: true, kind: true, reportingCycle: true, continues: { select: { code: true } }, taskArea: { select: { code: true, strategy: { select: { code: true, name: true } } } } },
    });
    expect(measures.map((m) => [m.code, m.kind, m.reportingCycle, m.taskArea.strategy.code, m.taskArea.code, m.continues?.code ?? null])).toEqual([
      ["S15-A1-01", "MEASURE", "QUARTERLY", "A", "A1", "A2-04"],
      ["S15-A1-02", "PROJECT", "MONTHLY", "A", "A1", null],
      ["S15-B1-01", "MEASURE", "QUARTERLY", "B", "B1", null],
      ["S15-C1-01", "MEASURE", "QUARTERLY", "C", "C1", "C2-01"],
    ]);
    // The seed plan is untouched: codes of a plan are its own.
    expect(await db.strategy.count({ where: { planId: seedPlanId } })).toBe(3);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "plan_structure.import" }, orderBy: { id: "desc" }, select: { after: true } });
    expect(audit.after).toMatchObject({ plan: planId, strategies: [{ code: "A" }, { code: "B" }, { code: "C" }] });
  });

  it("refuses a code another plan holds, and reports on a draft", async () => {
    signInAs(await actorOf(db, "admin"));
    const clash = new File(["战略编号,重点任务编号,举措编号,举措内容,牵头单位\r\nA,A1,A1-02,重复的编号,教育办公室\r\n"], "重复.csv", { type: "text/csv" });
    const refused = await importPlanStructure(null, form({ file: clash, dryRun: "false", planId: String(planId) }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { "rows.2": [expect.stringContaining("已被其他规划使用")] } });
    signInAs(await actorOf(db, "jiaoyu"));
    const m = await db.measure.findUniqueOrThrow({ where: { code: "S15-A1-01" }, select: { id: true, version: true, indicators: { select: { id: true } } } });
    const draftReport = await submitProgressReport(null, {
      measureId: String(m.id), period: "2026-09", status: "ON_TRACK", narrative: "两所学校已开工建设。", basedOnVersion: String(m.version), values: { [String(m.indicators[0].id)]: "2" },
    });
    expect(draftReport).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("尚未发布") });
  });

  it("is published by an admin: it becomes current, the old plan past, and the switch is audited", async () => {
    signInAs(await actorOf(db, "leader"));
    expect(await publishPlan(null, { planId: String(planId), confirmCode: NEW.code })).toMatchObject({ ok: false, code: "forbidden" });
    signInAs(await actorOf(db, "admin"));
    expect(await publishPlan(null, { planId: String(planId), confirmCode: "2026" })).toMatchObject({ ok: false, fieldErrors: { confirmCode: [expect.stringContaining(NEW.code)] } });
    const published = await publishPlan(null, { planId: String(planId), confirmCode: NEW.code });
    expect(published, JSON.stringify(published)).toMatchObject({ ok: true, message: expect.stringContaining("往期规划") });
    expect(await db.plan.findMany({ where: { id: { in: [planId, seedPlanId] } }, orderBy: { id: "asc" }, select: { code: true, state: true } })).toEqual([
      { code: SEED_PLAN_CODE, state: "PAST" },
      { code: NEW.code, state: "CURRENT" },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "plan.publish" }, orderBy: { id: "desc" }, select: { objectId: true, after: true } });
    expect(audit).toMatchObject({ objectId: String(planId), after: { current: { code: NEW.code }, past: { code: SEED_PLAN_CODE } } });
    // Accounts carry over: leader-a reviewed strategy A of the old plan, and reviews A of the new one.
    const leaderA = await actorOf(db, "leader-a");
    const strategyA = await db.strategy.findFirstOrThrow({ where: { planId, code: "A" }, select: { id: true } });
    expect(leaderA.strategyIds).toContain(strategyA.id);
    expect(await publishPlan(null, { planId: String(seedPlanId), confirmCode: SEED_PLAN_CODE })).toMatchObject({ ok: false, message: expect.stringContaining("不是草稿") });
    // At most one current plan, whatever writes the table.
    await expect(db.plan.update({ where: { id: seedPlanId }, data: { state: "CURRENT" } })).rejects.toThrow();
  });

  it("is reported on and approved", async () => {
    signInAs(await actorOf(db, "jiaoyu"));
    const m = await db.measure.findUniqueOrThrow({ where: { code: "S15-A1-01" }, select: { id: true, version: true, indicators: { select: { id: true } } } });
    const submitted = await submitProgressReport(null, {
      measureId: String(m.id), period: "2026-09", status: "ON_TRACK", narrative: "两所学校已开工建设。", basedOnVersion: String(m.version), values: { [String(m.indicators[0].id)]: "2" },
    });
    expect(submitted, JSON.stringify(submitted)).toMatchObject({ ok: true });
    signInAs(await actorOf(db, "leader"));
    const queue = await listReviewQueue(await actorOf(db, "leader"), TODAY);
    const item = queue.find((q) => q.measureCode === "S15-A1-01");
    expect(item).toBeDefined();
    expect(await approveProgressReport(null, { reportId: String(item!.id) })).toMatchObject({ ok: true });
    const page = await getPublicMeasure("S15-A1-01");
    expect(page).toMatchObject({ plan: { code: NEW.code, isCurrent: true }, indicators: [{ current: 2, target: 10 }] });
    expect(page?.continues).toMatchObject({ code: "A2-04", plan: { code: SEED_PLAN_CODE, isCurrent: false } });
  });

  it("leaves the past plan read-only, with a clear message", async () => {
    const school = await db.measure.findUniqueOrThrow({
      where: { code: "A2-04" },
      select: { id: true, version: true, title: true, leadDepartmentId: true, indicators: { select: { id: true } } },
    });
    const unchanged = await databaseFingerprint(db);
    signInAs(await actorOf(db, "jiaoyu"));
    const report = await submitProgressReport(null, {
      measureId: String(school.id), period: "2021-12", status: "DONE", narrative: "补报第四季度的进展情况。", basedOnVersion: String(school.version), values: { [String(school.indicators[0].id)]: "6" },
    });
    expect(report).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("已结束，只读") });
    signInAs(await actorOf(db, "admin"));
    const edit = await updateMeasure(null, {
      measureId: String(school.id), version: String(school.version), title: school.title, leadDepartmentId: String(school.leadDepartmentId),
      departmentIds: [String(school.leadDepartmentId)], weight: "2", reportingCycle: "QUARTERLY", dueDay: "5",
    });
    expect(edit).toMatchObject({ ok: false, message: expect.stringContaining("已结束，只读") });
    const file = new File(["战略编号,重点任务编号,举措编号,举措内容,牵头单位\r\nA,A2,A2-99,新举措,教育办公室\r\n"], "旧规划.csv", { type: "text/csv" });
    expect(await importPlanStructure(null, form({ file, dryRun: "false", planId: String(seedPlanId) }))).toMatchObject({ ok: false, message: expect.stringContaining("已结束，只读") });
    // A report still waiting in the old plan cannot be approved either.
    const old = await db.progressReport.findFirst({ where: { measure: { taskArea: { strategy: { planId: seedPlanId } } }, reviewState: "SUBMITTED" }, select: { id: true } });
    signInAs(await actorOf(db, "leader"));
    if (old) expect(await approveProgressReport(null, { reportId: String(old.id) })).toMatchObject({ ok: false, message: expect.stringContaining("已结束，只读") });
    expect(await databaseFingerprint(db)).toEqual(unchanged);
  });

  it("puts no duty of the old plan in any inbox", async () => {
    const newIds = new Set((await db.measure.findMany({ where: { taskArea: { strategy: { planId } } }, select: { id: true } })).map((m) => m.id));
    const users = await db.user.findMany({ where: { isActive: true }, select: { username: true, role: true } });
    let items = 0;
    for (const u of users) {
      const actor = await actorOf(db, u.username);
      if (u.role === "OFFICER") {
        const inbox = await getOfficerInbox(actor, TODAY);
        const ids = [...inbox.overdue, ...inbox.dueSoon, ...inbox.returned, ...inbox.reminders].map((i) => i.measureId);
        for (const id of ids) expect(newIds.has(id), `${u.username}: measure ${id}`).toBe(true);
        items += ids.length;
        const tasks = await listTasks(actor, TODAY);
        for (const t of tasks.rows.filter((r) => r.due.period !== null || r.due.overdue > 0)) expect(newIds.has(t.id), `${u.username}: task ${t.code}`).toBe(true);
      }
      if (u.role === "LEADER") {
        for (const q of await listReviewQueue(actor, TODAY)) expect(newIds.has(q.measureId), `${u.username}: review ${q.measureCode}`).toBe(true);
        for (const c of await listReminderCandidates(actor, TODAY)) expect(newIds.has(c.measureId), `${u.username}: remind ${c.code}`).toBe(true);
      }
      expect(await getInboxCount(actor)).toBeGreaterThanOrEqual(0);
    }
    // The new plan's own duties do appear: 建设管理办公室 owes the monthly report of its project.
    const jianshe = await getOfficerInbox(await actorOf(db, "jianshe"), TODAY);
    expect(jianshe.overdue.map((i) => i.code)).toContain("S15-A1-02");
    expect(items).toBeGreaterThan(0);
  });

  it("is what dashboards, 月报/季报 and the public home page show; the old plan keeps its final results under its own code", async () => {
    signInAs(await actorOf(db, "admin"));
    expect((await getDashboardPlan())?.code).toBe(NEW.code);
    expect((await getReportOptions(TODAY))?.planName).toBe(NEW.name);
    const home = await loadHomePage();
    expect(home?.plan).toMatchObject({ code: NEW.code, isCurrent: true });
    expect((await getPublishedPlans()).map((p) => [p.code, p.isCurrent])).toEqual([[NEW.code, true], [SEED_PLAN_CODE, false]]);

    const past = await loadHomePage(SEED_PLAN_CODE);
    expect(past?.plan).toMatchObject({ code: SEED_PLAN_CODE, isCurrent: false, asOf: "2021-12-31" });
    // The same final figures as while it was current (judged on its last day).
    expect(past?.overall).toEqual(before.home?.overall);
    expect(past?.strategies).toEqual(before.home?.strategies);
    expect(past?.headlines).toEqual(before.home?.headlines);
    const strategy = await loadStrategyPage("A", SEED_PLAN_CODE);
    expect(strategy?.rows).toEqual(before.strategy?.rows);
    expect(await loadStrategyPage("A", NEW.code)).toMatchObject({ strategy: { name: "实施民生共享战略" } });

    const school = await getPublicMeasure("A2-04", SEED_PLAN_CODE);
    expect(school?.indicators).toEqual(before.school?.indicators);
    expect(school?.history).toEqual(before.school?.history);
    expect(school).toMatchObject({ plan: { isCurrent: false }, continuedBy: [{ code: "S15-A1-01", plan: { code: NEW.code, isCurrent: true } }] });
    expect(await getPublicMeasure("A2-04", NEW.code)).toBeNull();
    expect(await getPublicMeasure("S15-A1-01", SEED_PLAN_CODE)).toBeNull();

    // Open data: the addresses without a plan mean the current plan; ?plan=<code> any published one.
    expect((await getMeasureRecords()).map((r) => r.code)).toEqual(["S15-A1-01", "S15-A1-02", "S15-B1-01", "S15-C1-01"]);
    expect((await getMeasureRecords(SEED_PLAN_CODE)).map((r) => r.code)).toContain("A2-04");
    expect((await getProgressRecords()).map((r) => r.measureCode)).toEqual(["S15-A1-01"]);
    expect((await getProgressRecords(SEED_PLAN_CODE)).length).toBeGreaterThan(100);
  });

  it("keeps drafts invisible to the public", async () => {
    signInAs(await actorOf(db, "admin"));
    const draft = await createPlan(null, form({ code: "2031-2035", name: "下一期规划（草稿）", startDate: "2031-01-01", endDate: "2035-12-31" }));
    expect(draft.ok).toBe(true);
    expect(await getPublicPlan("2031-2035")).toBeNull();
    expect(await loadHomePage("2031-2035")).toBeNull();
    expect(await getMeasureRecords("2031-2035")).toEqual([]);
    expect((await getPublishedPlans()).map((p) => p.code)).not.toContain("2031-2035");
  });
});
