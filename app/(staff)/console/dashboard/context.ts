import "server-only";
import { notFound } from "next/navigation";
import { fractionElapsed } from "@/lib/domain";
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
  const query = choice.isDefault ? "" : `?asOf=${choice.asOf}`;
  return {
    plan,
    asOf: choice.asOf,
    /** "?asOf=…" to keep the day on links, "" for the default day. */
    query,
    /** Share of the plan period gone by on asOf. */
    elapsed: fractionElapsed(plan.startDate, plan.endDate, choice.asOf),
    /** The props of <AsOfPicker> but its path. */
    picker: { ...choice, defaultAsOf: defaultAsOf(plan.endDate, today), links: yearEnds(plan.startDate, plan.endDate), planEnd: plan.endDate },
    /** Breadcrumbs from the cockpit down to `levels` ({ label, path }), keeping the day. */
    crumbs: (...levels: { label: string; path: string }[]) =>
      [{ label: "领导驾驶舱", path: "/console/dashboard" }, ...levels].map((l) => ({ label: l.label, href: `${l.path}${query}` })),
  };
}
