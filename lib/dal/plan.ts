import "server-only";
import { getDb } from "@/lib/db";

export type TaskAreaSummary = { code: string; name: string; measureCount: number; projectCount: number; indicatorCount: number };
export type StrategySummary = { code: string; name: string; aim: string; slogan: string; taskAreas: TaskAreaSummary[] };
export type PlanOverview = {
  name: string;
  startYear: number;
  endYear: number;
  strategies: StrategySummary[];
  /** The approved history includes generated demo reports: the UI must say so. */
  hasDemoData: boolean;
};

type CountRow = { taskAreaId: number; measures: number; projects: number; indicators: number };

/** The public overview of the (first) plan: strategies, task areas and their counts. Three queries. */
export async function getPlanOverview(): Promise<PlanOverview | null> {
  const db = getDb();
  const [plan, counts, demo] = await Promise.all([
    db.plan.findFirst({
      orderBy: { startDate: "desc" },
      select: {
        name: true,
        startDate: true,
        endDate: true,
        strategies: {
          orderBy: { order: "asc" },
          select: { code: true, name: true, aim: true, slogan: true, taskAreas: { orderBy: { order: "asc" }, select: { id: true, code: true, name: true } } },
        },
      },
    }),
    db.$queryRaw<CountRow[]>`
      SELECT m."taskAreaId",
             count(*) FILTER (WHERE m."kind" = 'MEASURE')::int AS measures,
             count(*) FILTER (WHERE m."kind" = 'PROJECT')::int AS projects,
             coalesce(sum(ic.n), 0)::int AS indicators
      FROM "measure" m
      LEFT JOIN (SELECT "measureId", count(*) AS n FROM "indicator" GROUP BY 1) ic ON ic."measureId" = m."id"
      GROUP BY m."taskAreaId"`,
    db.progressReport.findFirst({ where: { isDemo: true, reviewState: "APPROVED" }, select: { id: true } }),
  ]);
  if (!plan) return null;
  const byArea = new Map(counts.map((c) => [c.taskAreaId, c]));
  return {
    name: plan.name,
    startYear: plan.startDate.getUTCFullYear(),
    endYear: plan.endDate.getUTCFullYear(),
    hasDemoData: demo !== null,
    strategies: plan.strategies.map((s) => ({
      code: s.code,
      name: s.name,
      aim: s.aim,
      slogan: s.slogan,
      taskAreas: s.taskAreas.map((t) => {
        const c = byArea.get(t.id);
        return { code: t.code, name: t.name, measureCount: c?.measures ?? 0, projectCount: c?.projects ?? 0, indicatorCount: c?.indicators ?? 0 };
      }),
    })),
  };
}
