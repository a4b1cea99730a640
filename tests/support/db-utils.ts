import { actorSelect, toActor, type Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/prisma-client";

export async function actorOf(db: Db, username: string): Promise<Actor> {
  return toActor(await db.user.findUniqueOrThrow({ where: { username }, select: actorSelect }));
}

/** Everything a progress-report action could write: equal before and after means nothing was. */
export async function writeFootprint(db: Db) {
  const [reports, values, audit, versions] = await Promise.all([
    db.progressReport.count(),
    db.progressValue.count(),
    db.auditLog.count(),
    db.measure.aggregate({ _sum: { version: true } }),
  ]);
  return { reports, values, audit, versions: versions._sum.version };
}

/** A measure with reportable indicators, an officer of its lead department, and one of a department outside it. */
export async function reportingFixture(db: Db) {
  const measure = await db.measure.findFirstOrThrow({
    where: { indicators: { some: { derivedFromChildren: false, kind: "COUNT" } } },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      version: true,
      departments: { select: { departmentId: true } },
      leadDepartment: { select: { users: { select: { user: { select: { username: true } } }, take: 1 } } },
      indicators: { where: { derivedFromChildren: false }, orderBy: { order: "asc" }, select: { id: true, kind: true } },
    },
  });
  const own = measure.leadDepartment.users[0].user.username;
  const outsider = await db.user.findFirstOrThrow({
    where: { role: "OFFICER", departments: { none: { departmentId: { in: measure.departments.map((d) => d.departmentId) } } } },
    select: { username: true },
  });
  return { measure, own, outsider: outsider.username };
}

/** The seed plan's code: the current plan of the test database. */
export const SEED_PLAN_CODE = "liushi-2017-2021";

/**
 * A draft plan with one strategy, task area and measure (publishable), written directly: for
 * tests of the plan actions. Codes are derived from `code`, so they are unique across plans.
 */
export async function draftPlanWithMeasure(db: Db, code: string) {
  const plan = await db.plan.create({ data: { code, name: `测试规划 ${code}`, startDate: new Date("2026-01-01"), endDate: new Date("2030-12-31") } });
  const strategy = await db.strategy.create({ data: { planId: plan.id, code: "A", name: "测试战略", aim: "", order: 0 } });
  const area = await db.taskArea.create({ data: { strategyId: strategy.id, code: "A1", name: "测试重点任务", order: 0 } });
  const dept = await db.department.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
  await db.measure.create({
    data: { taskAreaId: area.id, code: `${code}-M1`, title: "测试举措", order: 0, leadDepartmentId: dept.id, departments: { create: [{ departmentId: dept.id }] } },
  });
  return plan;
}

/** Makes the seed plan current again after a test published another (which goes back to draft). */
export async function restoreSeedPlanAsCurrent(db: Db): Promise<void> {
  await db.$transaction([
    db.plan.updateMany({ where: { state: "CURRENT", code: { not: SEED_PLAN_CODE } }, data: { state: "DRAFT" } }),
    db.plan.updateMany({ where: { code: SEED_PLAN_CODE }, data: { state: "CURRENT" } }),
  ]);
}
