import "server-only";
import { getDb } from "@/lib/db";
import { auditChanges, referencedIds, type Change, type NameKind, type Names } from "@/lib/audit/diff";
import { actionLabel, objectLabel } from "@/lib/audit/labels";
import type { AuditRow } from "./admin";

// The audit entries an admin is shown or exports, in words: the action's and the object's
// Chinese names, the object named (账号 wang, 举措 A1-02 …), before/after as a list of changes
// with names instead of ids. The names of one page are read with at most one statement per kind.

export type DescribedAuditRow = AuditRow & { actionLabel: string; object: string; changes: Change[] };

const OBJECT_KIND: Record<string, NameKind> = { user: "user", session: "user", department: "department", measure: "measure", indicator: "indicator", milestone: "milestone" };

async function lookUp(ids: Record<NameKind, Set<string>>): Promise<Names> {
  const db = getDb();
  const numbers = (kind: NameKind) => [...ids[kind]].map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const map = <T,>(rows: T[], key: (r: T) => number, name: (r: T) => string) => new Map(rows.map((r) => [String(key(r)), name(r)]));
  const [department, strategy, user, measure, indicator, milestone] = await Promise.all([
    numbers("department").length ? db.department.findMany({ where: { id: { in: numbers("department") } }, select: { id: true, name: true } }) : [],
    numbers("strategy").length ? db.strategy.findMany({ where: { id: { in: numbers("strategy") } }, select: { id: true, name: true } }) : [],
    numbers("user").length ? db.user.findMany({ where: { id: { in: numbers("user") } }, select: { id: true, username: true, displayName: true } }) : [],
    numbers("measure").length ? db.measure.findMany({ where: { id: { in: numbers("measure") } }, select: { id: true, code: true, title: true } }) : [],
    numbers("indicator").length ? db.indicator.findMany({ where: { id: { in: numbers("indicator") } }, select: { id: true, name: true } }) : [],
    numbers("milestone").length ? db.milestone.findMany({ where: { id: { in: numbers("milestone") } }, select: { id: true, name: true } }) : [],
  ]);
  return {
    department: map(department, (r) => r.id, (r) => r.name),
    strategy: map(strategy, (r) => r.id, (r) => r.name),
    user: map(user, (r) => r.id, (r) => `${r.displayName}（${r.username}）`),
    measure: map(measure, (r) => r.id, (r) => `${r.code} ${r.title}`),
    indicator: map(indicator, (r) => r.id, (r) => r.name),
    milestone: map(milestone, (r) => r.id, (r) => r.name),
  };
}

/** A progress report named by its measure and period (the reports of the rows shown). */
async function reportNames(rows: AuditRow[]): Promise<Map<string, string>> {
  const ids = rows.filter((r) => r.objectType === "progress_report" && r.objectId).map((r) => Number(r.objectId)).filter((n) => Number.isInteger(n) && n > 0);
  if (ids.length === 0) return new Map();
  const reports = await getDb().progressReport.findMany({ where: { id: { in: ids } }, select: { id: true, periodEnd: true, measure: { select: { code: true } } } });
  return new Map(reports.map((r) => [String(r.id), `${r.measure.code} ${r.periodEnd.toISOString().slice(0, 7)}`]));
}

export async function describeAuditRows(rows: AuditRow[]): Promise<DescribedAuditRow[]> {
  const ids = referencedIds(rows.flatMap((r) => [r.before, r.after]));
  for (const r of rows) {
    const kind = OBJECT_KIND[r.objectType];
    if (kind && r.objectId) ids[kind].add(r.objectId);
  }
  const [names, reports] = await Promise.all([lookUp(ids), reportNames(rows)]);
  return rows.map((r) => {
    const kind = OBJECT_KIND[r.objectType];
    const name = r.objectId ? (kind ? names[kind]?.get(r.objectId) : r.objectType === "progress_report" ? reports.get(r.objectId) : undefined) : undefined;
    return {
      ...r,
      actionLabel: actionLabel(r.action),
      object: `${objectLabel(r.objectType)}${name ? ` ${name}` : r.objectId ? ` ${r.objectId}` : ""}`,
      changes: auditChanges(r.before, r.after, names),
    };
  });
}
