import "server-only";
import type { Role } from "@/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";

/** Every admin read checks the role itself: a page that forgot would still get nothing. */
function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new Error("admin data requested by a non-admin");
}

export type UserRow = {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  isActive: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  departmentIds: number[];
  strategyIds: number[];
};

export async function listUsers(actor: Actor): Promise<UserRow[]> {
  assertAdmin(actor);
  const now = new Date();
  const rows = await getDb().user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    select: {
      id: true, username: true, displayName: true, email: true, role: true, isActive: true, mustChangePassword: true, lastLoginAt: true, lockedUntil: true,
      departments: { select: { departmentId: true } },
      strategies: { select: { strategyId: true } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    role: u.role,
    isActive: u.isActive,
    locked: u.lockedUntil !== null && u.lockedUntil > now,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    departmentIds: u.departments.map((d) => d.departmentId),
    strategyIds: u.strategies.map((s) => s.strategyId),
  }));
}

export type Option = { id: number; label: string };

export async function getAssignmentOptions(): Promise<{ departments: Option[]; strategies: Option[] }> {
  const db = getDb();
  const [departments, strategies] = await Promise.all([
    db.department.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    // A past plan's strategies are reviewed no more; a draft's are named with their plan.
    db.strategy.findMany({
      where: { plan: { state: { in: ["CURRENT", "DRAFT"] } } },
      orderBy: [{ plan: { state: "desc" } }, { planId: "asc" }, { order: "asc" }],
      select: { id: true, name: true, plan: { select: { name: true, state: true } } },
    }),
  ]);
  return {
    departments: departments.map((d) => ({ id: d.id, label: d.name })),
    strategies: strategies.map((s) => ({ id: s.id, label: s.plan.state === "DRAFT" ? `${s.name}（草稿：${s.plan.name}）` : s.name })),
  };
}

export type DepartmentRow = { id: number; code: string; name: string; measures: number; users: number };

export async function listDepartments(actor: Actor): Promise<DepartmentRow[]> {
  assertAdmin(actor);
  const rows = await getDb().department.findMany({
    orderBy: { id: "asc" },
    select: { id: true, code: true, name: true, _count: { select: { ledMeasures: true, users: true } } },
  });
  return rows.map((d) => ({ id: d.id, code: d.code, name: d.name, measures: d._count.ledMeasures, users: d._count.users }));
}

export type AuditQuery = { actor?: string; action?: string; objectType?: string; from?: string; to?: string; page?: number };
export type AuditRow = { id: string; at: string; actorName: string; action: string; objectType: string; objectId: string | null; ip: string | null; before: unknown; after: unknown };
export const AUDIT_PAGE_SIZE = 50;
/** The most rows one export holds (newest first); the filters narrow a larger log. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** Searches the audit log, newest first, a page at a time (`all`: up to AUDIT_EXPORT_LIMIT). Dates are Beijing calendar days. */
export async function searchAuditLog(actor: Actor, q: AuditQuery, { all = false } = {}): Promise<{ rows: AuditRow[]; total: number }> {
  assertAdmin(actor);
  const at: { gte?: Date; lt?: Date } = {};
  if (q.from) at.gte = new Date(`${q.from}T00:00:00+08:00`);
  if (q.to) at.lt = new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000);
  const where = {
    ...(q.actor && { actorName: { contains: q.actor, mode: "insensitive" as const } }),
    ...(q.action && { action: { startsWith: q.action } }),
    ...(q.objectType && { objectType: q.objectType }),
    ...((at.gte || at.lt) && { at }),
  };
  const db = getDb();
  const page = Math.max(1, q.page ?? 1);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: { id: "desc" }, skip: all ? 0 : (page - 1) * AUDIT_PAGE_SIZE, take: all ? AUDIT_EXPORT_LIMIT : AUDIT_PAGE_SIZE }),
    db.auditLog.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({ id: String(r.id), at: r.at.toISOString(), actorName: r.actorName, action: r.action, objectType: r.objectType, objectId: r.objectId, ip: r.ip, before: r.before, after: r.after })),
  };
}

export type MeasureForEditing = {
  id: number;
  version: number;
  title: string;
  leadDepartmentId: number;
  departmentIds: number[];
  weight: string;
  reportingCycle: "MONTHLY" | "QUARTERLY";
  dueDay: number;
  indicators: { id: number; name: string; unit: string; baselineValue: string; targetValue: string; comparison: string; deadline: string }[];
  milestones: { id: number; name: string; plannedDate: string }[];
};

export async function getMeasureForEditing(actor: Actor, id: number): Promise<MeasureForEditing | null> {
  assertAdmin(actor);
  const m = await getDb().measure.findUnique({
    where: { id },
    select: {
      id: true, version: true, title: true, leadDepartmentId: true, weight: true, reportingCycle: true, dueDay: true,
      departments: { select: { departmentId: true } },
      indicators: { orderBy: { order: "asc" }, select: { id: true, name: true, unit: true, baselineValue: true, targetValue: true, comparison: true, deadline: true } },
      milestones: { orderBy: { order: "asc" }, select: { id: true, name: true, plannedDate: true } },
    },
  });
  if (!m) return null;
  return {
    ...m,
    weight: String(m.weight),
    departmentIds: m.departments.map((d) => d.departmentId),
    indicators: m.indicators.map((i) => ({ ...i, baselineValue: String(i.baselineValue), targetValue: String(i.targetValue), deadline: i.deadline.toISOString().slice(0, 10) })),
    milestones: m.milestones.map((ms) => ({ ...ms, plannedDate: ms.plannedDate.toISOString().slice(0, 10) })),
  };
}
