import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";

export type AdminPlan = {
  id: number; code: string; name: string; startDate: string; endDate: string;
  state: "DRAFT" | "CURRENT" | "PAST"; strategies: number; measures: number;
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Every plan for the 规划管理 page (admins only): drafts first, then the current one, then the past ones. */
export async function listPlans(actor: Actor): Promise<AdminPlan[]> {
  if (actor.role !== "ADMIN") return [];
  const plans = await getDb().plan.findMany({
    orderBy: [{ state: "asc" }, { startDate: "desc" }],
    select: {
      id: true, code: true, name: true, startDate: true, endDate: true, state: true,
      strategies: { select: { taskAreas: { select: { _count: { select: { measures: true } } } } } },
    },
  });
  return plans.map((p) => ({
    id: p.id, code: p.code, name: p.name, startDate: isoDay(p.startDate), endDate: isoDay(p.endDate), state: p.state,
    strategies: p.strategies.length,
    measures: p.strategies.reduce((n, s) => n + s.taskAreas.reduce((k, t) => k + t._count.measures, 0), 0),
  }));
}
