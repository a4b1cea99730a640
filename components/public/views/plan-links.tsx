import { getTranslations } from "next-intl/server";
import type { PlanSummary, PublicPlan } from "@/lib/dal/public/plan";
import { planPath } from "@/lib/dal/public/plan";
import { PublicLink } from "@/components/public/public-link";

/** Every published plan, the one shown marked: the current plan and the past ones (their final results). */
export async function PlanLinks({ plans, shown }: { plans: PlanSummary[]; shown: string }) {
  const t = await getTranslations("plans");
  if (plans.length < 2) return null;
  const current = plans.filter((p) => p.isCurrent);
  const past = plans.filter((p) => !p.isCurrent);
  const item = (p: PlanSummary) => (
    <li key={p.code}>
      <PublicLink href={planPath(p, "/")} aria-current={p.code === shown ? "page" : undefined} className="text-blue-800 underline">
        {p.name}
      </PublicLink>
      <span className="ml-2 text-sm text-stone-600">{t("period", { start: p.startDate.slice(0, 4), end: p.endDate.slice(0, 4) })}</span>
    </li>
  );
  return (
    <section aria-labelledby="plans" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="plans" className="text-xl font-semibold">{t("title")}</h2>
      {current.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-medium text-stone-700">{t("current")}</h3>
          <ul className="mt-1 space-y-1">{current.map(item)}</ul>
        </>
      )}
      <h3 className="mt-3 text-sm font-medium text-stone-700">{t("past")}</h3>
      <ul className="mt-1 space-y-1">{past.map(item)}</ul>
    </section>
  );
}

/** Says that the page is of a past plan and shows its final results, with the way to the current one. */
export async function PastPlanNotice({ plan }: { plan: Pick<PublicPlan, "name" | "endDate"> }) {
  const t = await getTranslations("plans");
  return (
    <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-stone-800">
      {t("pastNotice", { name: plan.name, date: plan.endDate })}{" "}
      <PublicLink href="/" className="text-blue-800 underline">{t("toCurrent")}</PublicLink>
    </p>
  );
}
