import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import { PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import { isoDay, publicAsOf, todayInShanghai } from "./as-of";

export type PublicPlan = {
  id: number;
  code: string;
  name: string;
  /** A past plan's pages live under /plans/<code>; the current plan's at the site's root. */
  isCurrent: boolean;
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

export type PlanSummary = { code: string; name: string; startDate: string; endDate: string; isCurrent: boolean };

/** Is this a plan code the public may ask for? (Anything else is no plan.) */
const isPlanCode = (code: unknown): code is string => typeof code === "string" && code.length <= 32;

/**
 * A published plan's structure for the public pages, one SQL statement: the current plan when
 * `planCode` is absent, else the current or past plan of that code. Drafts are never public.
 */
export async function getPublicPlan(planCode?: string): Promise<PublicPlan | null> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  if (planCode !== undefined && !isPlanCode(planCode)) return null;
  const plan = await getDb().plan.findFirst({
    where: planCode === undefined ? { state: "CURRENT" } : { code: planCode, state: { in: ["CURRENT", "PAST"] } },
    select: {
      id: true, code: true, name: true, state: true, startDate: true, endDate: true,
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
    code: plan.code,
    name: plan.name,
    isCurrent: plan.state === "CURRENT",
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

/** Every published plan, the current first, then the past ones newest first: the home page's links. */
export async function getPublishedPlans(): Promise<PlanSummary[]> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plans = await getDb().plan.findMany({
    where: { state: { in: ["CURRENT", "PAST"] } },
    orderBy: [{ state: "asc" }, { startDate: "desc" }],
    select: { code: true, name: true, state: true, startDate: true, endDate: true },
  });
  return plans.map((p) => ({ code: p.code, name: p.name, startDate: isoDay(p.startDate), endDate: isoDay(p.endDate), isCurrent: p.state === "CURRENT" }));
}

/** The address of a page of a plan: the current plan's at the root, a past plan's under /plans/<code>. */
export function planPath(plan: Pick<PublicPlan, "code" | "isCurrent">, path: string): string {
  return plan.isCurrent ? path : `/plans/${encodeURIComponent(plan.code)}${path === "/" ? "" : path}`;
}
