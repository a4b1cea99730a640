// Every server action with a valid input for it and the personas allowed to run it. The
// authorization matrix and the hostile-input tests walk this list: a new action that is not
// added here fails tests/integration/action-catalog.test.ts.
import type { Db } from "@/lib/prisma-client";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { approveProgressReport } from "@/lib/actions/approve-progress-report";
import { returnProgressReport } from "@/lib/actions/return-progress-report";
import { changeOwnPassword } from "@/lib/actions/change-own-password";
import { createUser } from "@/lib/actions/create-user";
import { updateUser } from "@/lib/actions/update-user";
import { resetUserPassword } from "@/lib/actions/reset-user-password";
import { createDepartment } from "@/lib/actions/create-department";
import { updateDepartment } from "@/lib/actions/update-department";
import { updateMeasure } from "@/lib/actions/update-measure";
import { updateIndicator } from "@/lib/actions/update-indicator";
import { saveMilestone } from "@/lib/actions/save-milestone";
import type { ActionState } from "@/lib/actions/action";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { reportingFixture } from "./db-utils";

export type Persona = "anonymous" | "outsider" | "officer" | "leader" | "admin";
export const PERSONAS: Persona[] = ["anonymous", "outsider", "officer", "leader", "admin"];

type Fixture = Awaited<ReturnType<typeof reportingFixture>> & { targetUserId: number };
export type CatalogEntry = {
  name: string;
  action: (prev: ActionState | null, input: Record<string, unknown>) => Promise<ActionState>;
  allowed: Persona[];
  validInput: (db: Db, fx: Fixture) => Promise<Record<string, unknown>>;
};

const version = async (db: Db, id: number) => String((await db.measure.findUniqueOrThrow({ where: { id } })).version);
let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

/** A freshly submitted report on the fixture measure, for the review actions. */
async function submittedReport(db: Db, fx: Fixture): Promise<number> {
  const author = await db.user.findUniqueOrThrow({ where: { username: fx.own } });
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
    name: "saveMilestone",
    action: saveMilestone,
    allowed: ["admin"],
    validInput: async (db, fx) => ({ measureId: String(fx.measure.id), version: await version(db, fx.measure.id), name: `节点${unique()}`, plannedDate: "2021-06-30" }),
  },
];

export async function catalogFixture(db: Db): Promise<Fixture> {
  const fx = await reportingFixture(db);
  const target = await db.user.upsert({
    where: { username: "matrix-target" },
    update: {},
    create: { username: "matrix-target", displayName: "矩阵测试对象", role: "OFFICER", passwordHash: "x", mustChangePassword: false },
  });
  return { ...fx, targetUserId: target.id };
}
