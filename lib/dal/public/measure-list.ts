import "server-only";
import { getMeasureStatuses, type MeasureStatusRow } from "@/lib/dal/status";
import type { Status } from "@/lib/domain";
import type { PublicPlan } from "./plan";

export type PublicMeasureRow = Pick<MeasureStatusRow, "code" | "title" | "kind" | "status" | "progress" | "reason" | "deadline" | "leadDepartment" | "taskAreaId" | "strategyId" | "lastApprovedAt"> & {
  depth: 0 | 1;
};

/**
 * Every measure and project of the plan with its status on the public date, in plan order. Not
 * cached itself (its plan is a free argument): the pages' loaders are (lib/dal/public/pages.ts).
 */
export async function getPublicMeasureRows(plan: Pick<PublicPlan, "id" | "asOf">, strategyId?: number): Promise<PublicMeasureRow[]> {
  const rows = await getMeasureStatuses({ planId: plan.id, asOf: plan.asOf, strategyId });
  return rows.map((r) => ({
    code: r.code, title: r.title, kind: r.kind, status: r.status, progress: r.progress, reason: r.reason, deadline: r.deadline,
    leadDepartment: r.leadDepartment, taskAreaId: r.taskAreaId, strategyId: r.strategyId, lastApprovedAt: r.lastApprovedAt,
    depth: r.parentId === null ? 0 : 1,
  }));
}

export type MeasureFilter = { q?: string; status?: Status; taskArea?: number; department?: string; year?: number };

/** Filters in memory: the list is one plan's measures, already cached. */
export function filterMeasures(rows: PublicMeasureRow[], f: MeasureFilter): PublicMeasureRow[] {
  const q = f.q?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!q || r.title.toLowerCase().includes(q) || r.code.toLowerCase().includes(q)) &&
      (!f.status || r.status === f.status) &&
      (!f.taskArea || r.taskAreaId === f.taskArea) &&
      (!f.department || r.leadDepartment === f.department) &&
      (!f.year || (r.deadline !== null && Number(r.deadline.slice(0, 4)) === f.year)),
  );
}

export function lastApproval(rows: PublicMeasureRow[]): string | null {
  return rows.reduce<string | null>((max, r) => (r.lastApprovedAt && (!max || r.lastApprovedAt > max) ? r.lastApprovedAt : max), null);
}
