import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getDashboardPlan } from "@/lib/dal/dashboard/plan";
import { chooseAsOf, defaultAsOf, todayInShanghai, yearEnds } from "@/lib/dal/dashboard/as-of";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * What every dashboard page starts with: a leader or an admin (anyone else gets the 404 page,
 * exactly like a missing page), the plan, and the as-of day from ?asOf.
 */
export async function dashboardContext(searchParams: SearchParams) {
  const user = await requireUser();
  if (user.role !== "LEADER" && user.role !== "ADMIN") notFound();
  const [plan, params] = await Promise.all([getDashboardPlan(), searchParams]);
  if (!plan) notFound();
  const today = todayInShanghai();
  const choice = chooseAsOf(params.asOf, plan.endDate, today);
  return {
    plan,
    ...choice,
    defaultAsOf: defaultAsOf(plan.endDate, today),
    links: yearEnds(plan.startDate, plan.endDate),
    /** "?asOf=…" to keep the day on links, "" for the default day. */
    query: choice.isDefault ? "" : `?asOf=${choice.asOf}`,
  };
}
