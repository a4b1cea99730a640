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
