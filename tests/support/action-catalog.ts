// Every server action with a valid input for it and the personas allowed to run it. The
// authorization matrix and the hostile-input tests walk this list: a new action that is not
// added here fails tests/integration/action-catalog.test.ts.
import type { Db } from "@/lib/prisma-client";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { approveProgressReport } from "@/lib/actions/approve-progress-report";
import { returnProgressReport } from "@/lib/actions/return-progress-report";
import { withdrawProgressReport } from "@/lib/actions/withdraw-progress-report";
import { changeOwnPassword } from "@/lib/actions/change-own-password";
import { createUser } from "@/lib/actions/create-user";
import { updateUser } from "@/lib/actions/update-user";
import { resetUserPassword } from "@/lib/actions/reset-user-password";
import { createDepartment } from "@/lib/actions/create-department";
import { updateDepartment } from "@/lib/actions/update-department";
import { updateMeasure } from "@/lib/actions/update-measure";
import { updateIndicator } from "@/lib/actions/update-indicator";
import { saveMilestone } from "@/lib/actions/save-milestone";
import { sendReminder } from "@/lib/actions/send-reminder";
import { importProgress } from "@/lib/actions/import-progress";
import { importPlanStructure } from "@/lib/actions/import-plan-structure";
import { updateStatusThresholds } from "@/lib/actions/update-status-thresholds";
import { updateWeights } from "@/lib/actions/update-weights";
import { createPlan } from "@/lib/actions/create-plan";
import { publishPlan } from "@/lib/actions/publish-plan";
import type { ActionState } from "@/lib/actions/action";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { draftPlanWithMeasure, reportingFixture, restoreSeedPlanAsCurrent } from "./db-utils";

export type Persona = "anonymous" | "outsider" | "officer" | "leader" | "admin";
export const PERSONAS: Persona[] = ["anonymous", "outsider", "officer", "leader", "admin"];

type Fixture = Awaited<ReturnType<typeof reportingFixture>> & { targetUserId: number };
export type CatalogEntry = {
  name: string;
  action: (prev: ActionState | null, input: Record<string, unknown>) => Promise<ActionState>;
  allowed: Persona[];
  validInput: (db: Db, fx: Fixture) => Promise<Record<string, unknown>>;
  /** Puts back what a successful run changed that later tests rely on (the current plan). */
  cleanup?: (db: Db) => Promise<void>;
};

const version = async (db: Db, id: number) => String((await db.measure.findUniqueOrThrow({ where: { id } })).version);
let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

/** A freshly submitted report on the fixture measure, for the review actions (replacing the one pending). */
async function submittedReport(db: Db, fx: Fixture): Promise<number> {
  const author = await db.user.findUniqueOrThrow({ where: { username: fx.own } });
  await db.progressReport.updateMany({ where: { measureId: fx.measure.id, periodEnd: new Date("2021-11-30"), reviewState: "SUBMITTED" }, data: { reviewState: "WITHDRAWN" } });
  const r = await db.progressReport.create({
    data: { measureId: fx.measure.id, periodStart: new Date("2021-11-01"), periodEnd: new Date("2021-11-30"), status: "ON_TRACK", narrative: "矩阵测试填报内容", authorId: author.id, basedOnVersion: 1 },
  });
  await db.progressReport.update({ where: { id: r.id }, data: { reviewState: "SUBMITTED", submittedAt: new Date() } });
  return r.id;
}

export const ACTION_CATALOG: CatalogEntry[] = [
  {
    name: "submitProgressReport",
    action: submitProgressReport,
    allowed: ["officer"],
    validInput: async (db, fx) => ({
      measureId: String(fx.measure.id), period: "2021-10", status: "ON_TRACK", narrative: "按计划推进，本月完成阶段任务。",
      basedOnVersion: await version(db, fx.measure.id), values: { [String(fx.measure.indicators[0].id)]: "3" },
    }),
  },
  { name: "approveProgressReport", action: approveProgressReport, allowed: ["leader"], validInput: async (db, fx) => ({ reportId: String(await submittedReport(db, fx)) }) },
  {
    name: "returnProgressReport",
    action: returnProgressReport,
    allowed: ["leader"],
    validInput: async (db, fx) => ({ reportId: String(await submittedReport(db, fx)), comment: "请补充验收材料后再提交。" }),
  },
  { name: "withdrawProgressReport", action: withdrawProgressReport, allowed: ["officer"], validInput: async (db, fx) => ({ reportId: String(await submittedReport(db, fx)) }) },
  {
    name: "changeOwnPassword",
    action: changeOwnPassword,
    // Every signed-in role may; the matrix restores the demo password afterwards.
    allowed: ["outsider", "officer", "leader", "admin"],
    validInput: async () => ({ currentPassword: DEMO_PASSWORD, newPassword: "Temporary#2026x", confirmPassword: "Temporary#2026x" }),
  },
  {
    name: "createUser",
    action: createUser,
    allowed: ["admin"],
    validInput: async () => ({ username: `u-${unique()}`, displayName: "测试账号", role: "OFFICER", password: "Initial#2026pw", departmentIds: "1" }),
  },
  {
    name: "updateUser",
    action: updateUser,
    allowed: ["admin"],
    validInput: async (_db, fx) => ({ userId: String(fx.targetUserId), displayName: `改名${unique()}`, role: "OFFICER", departmentIds: ["1", "2"], isActive: "on" }),
  },
  { name: "resetUserPassword", action: resetUserPassword, allowed: ["admin"], validInput: async (_db, fx) => ({ userId: String(fx.targetUserId), password: "Reset#2026pass" }) },
  { name: "createDepartment", action: createDepartment, allowed: ["admin"], validInput: async () => ({ code: `d-${unique()}`, name: `测试部门${unique()}` }) },
  { name: "updateDepartment", action: updateDepartment, allowed: ["admin"], validInput: async () => ({ departmentId: "1", name: `党政办公室${unique()}` }) },
  {
    name: "updateMeasure",
    action: updateMeasure,
    allowed: ["admin"],
    validInput: async (db, fx) => {
      const m = await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id }, include: { departments: true } });
      return {
        measureId: String(m.id), version: String(m.version), title: m.title, leadDepartmentId: String(m.leadDepartmentId),
        departmentIds: m.departments.map((d) => String(d.departmentId)), weight: "1.5", reportingCycle: "QUARTERLY", dueDay: "10",
      };
    },
  },
  {
    name: "updateIndicator",
    action: updateIndicator,
    allowed: ["admin"],
    validInput: async (db, fx) => {
      const i = await db.indicator.findUniqueOrThrow({ where: { id: fx.measure.indicators[0].id } });
      return {
        indicatorId: String(i.id), version: await version(db, fx.measure.id), name: i.name, unit: i.unit,
        baselineValue: String(i.baselineValue), targetValue: String(i.targetValue), comparison: i.comparison, deadline: i.deadline.toISOString().slice(0, 10),
      };
    },
  },
  {
    name: "sendReminder",
    action: sendReminder,
    allowed: ["leader"],
    validInput: async (db) => ({ measureId: String(await remindableMeasure(db)), message: "请抓紧推进并按时填报，说明滞后原因和整改措施。" }),
  },
  {
    name: "importProgress",
    action: importProgress as CatalogEntry["action"],
    allowed: ["officer"],
    validInput: async (db, fx) => {
      const indicator = await db.indicator.findUniqueOrThrow({ where: { id: fx.measure.indicators[0].id }, select: { code: true } });
      return {
        dryRun: "false",
        file: csvFile("台账.csv", ["举措编号,指标编号,填报期,本期数值,进展状态,进展情况说明", `${fx.measure.code},${indicator.code},${PERIODS[serial++ % PERIODS.length]},3,正常推进,按计划推进，台账导入。`]),
      };
    },
  },
  {
    name: "importPlanStructure",
    action: importPlanStructure as CatalogEntry["action"],
    allowed: ["admin"],
    // The fixture measure as it is: an import that changes nothing but is still audited.
    validInput: async (db, fx) => {
      const m = await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id }, select: { code: true, taskArea: { select: { code: true, strategy: { select: { code: true } } } } } });
      return { dryRun: "false", file: csvFile("结构.csv", ["战略编号,重点任务编号,举措编号", `${m.taskArea.strategy.code},${m.taskArea.code},${m.code}`]) };
    },
  },
  {
    name: "saveMilestone",
    action: saveMilestone,
    allowed: ["admin"],
    validInput: async (db, fx) => ({ measureId: String(fx.measure.id), version: await version(db, fx.measure.id), name: `节点${unique()}`, plannedDate: "2021-06-30" }),
  },
  {
    name: "updateStatusThresholds",
    action: updateStatusThresholds,
    allowed: ["admin"],
    // The defaults: statuses stay as other tests expect them.
    validInput: async () => ({ atRiskPercent: "10", laggingPercent: "25", milestoneGraceDays: "30", laggingSharePercent: "20", riskSharePercent: "10" }),
  },
  {
    name: "createPlan",
    action: createPlan,
    allowed: ["admin"],
    validInput: async () => ({ code: `p-${unique()}`, name: `测试规划${unique()}`, startDate: "2026-01-01", endDate: "2030-12-31" }),
  },
  {
    name: "publishPlan",
    action: publishPlan,
    allowed: ["admin"],
    validInput: async (db) => {
      const plan = await draftPlanWithMeasure(db, `p-${unique()}`);
      return { planId: String(plan.id), confirmCode: plan.code };
    },
    cleanup: restoreSeedPlanAsCurrent,
  },
  {
    name: "updateWeights",
    action: updateWeights,
    allowed: ["admin"],
    validInput: async (db) => {
      const [strategy, area] = await Promise.all([db.strategy.findFirstOrThrow({ orderBy: { id: "asc" } }), db.taskArea.findFirstOrThrow({ orderBy: { id: "asc" } })]);
      return { strategy: { [String(strategy.id)]: String(strategy.weight) }, taskArea: { [String(area.id)]: String(area.weight) } };
    },
  },
];

/** A measure the status engine finds lagging or overdue at the plan's end: leaders may remind it. */
async function remindableMeasure(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ id: number }[]>`
    SELECT r."measureId" AS id FROM "plan" p, status_measure_rows(ARRAY[p."endDate"]::date[], p.id) r
    WHERE r.status IN ('LAGGING', 'OVERDUE') ORDER BY r."measureId" LIMIT 1`;
  return row.id;
}

const csvFile = (name: string, lines: string[]) => new File([`${lines.join("\r\n")}\r\n`], name, { type: "text/csv" });
// A quarter-end month per call, so that each import reports a period nobody has pending.
const PERIODS = ["2018-03", "2018-06", "2018-09", "2018-12", "2019-03", "2019-06", "2019-09", "2019-12", "2020-03", "2020-06", "2020-09", "2020-12"];

export async function catalogFixture(db: Db): Promise<Fixture> {
  const fx = await reportingFixture(db);
  const target = await db.user.upsert({
    where: { username: "matrix-target" },
    update: {},
    create: { username: "matrix-target", displayName: "矩阵测试对象", role: "OFFICER", passwordHash: "x", mustChangePassword: false },
  });
  return { ...fx, targetUserId: target.id };
}
