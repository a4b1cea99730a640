import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import { PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import { isoDay, publicAsOf, todayInShanghai } from "./as-of";

export type PublicPlan = {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  /** The day the public pages judge the plan on: today, or the plan's end once it is over. */
  asOf: string;
  /** Whether a published (approved) report is generated demo data: pages then say so (演示数据). */
  hasDemoData: boolean;
  strategies: {
    id: number; code: string; name: string; aim: string; slogan: string; weight: number;
    taskAreas: { id: number; code: string; name: string; weight: number }[];
  }[];
};

/** The plan's structure for the public pages: one SQL statement. */
export async function getPublicPlan(): Promise<PublicPlan | null> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getDb().plan.findFirst({
    orderBy: { startDate: "desc" },
    select: {
      id: true, name: true, startDate: true, endDate: true,
      strategies: {
        orderBy: { order: "asc" },
        select: {
          id: true, code: true, name: true, aim: true, slogan: true, weight: true,
          taskAreas: {
            orderBy: { order: "asc" },
            select: {
              id: true, code: true, name: true, weight: true,
              // Read in the same statement: the banner costs the pages no query of its own.
              _count: { select: { measures: { where: { reports: { some: { reviewState: "APPROVED", isDemo: true } } } } } },
            },
          },
        },
      },
    },
  });
  if (!plan) return null;
  return {
    id: plan.id,
    name: plan.name,
    startDate: isoDay(plan.startDate),
    endDate: isoDay(plan.endDate),
    asOf: publicAsOf(isoDay(plan.endDate), todayInShanghai()),
    hasDemoData: plan.strategies.some((s) => s.taskAreas.some((t) => t._count.measures > 0)),
    strategies: plan.strategies.map((s) => ({
      ...s,
      weight: Number(s.weight),
      taskAreas: s.taskAreas.map(({ _count: _c, ...t }) => ({ ...t, weight: Number(t.weight) })),
    })),
  };
}
