import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadHomePage } from "@/lib/dal/public/pages";
import { fractionElapsed } from "@/lib/domain";
import { DemoDataNotice } from "@/components/ui/demo-data-notice";
import { StatusBadge } from "@/components/public/status-badge";
import { ProgressBar } from "@/components/public/progress-bar";
import { StatusCounts } from "@/components/public/status-counts";
import { LastUpdated } from "@/components/public/last-updated";
import { HeadlineNumbers } from "@/components/public/headline-numbers";
import { StatusTable } from "@/components/public/status-table";
import { PublicLink } from "@/components/public/public-link";
import { getPublishedPlans, planPath } from "@/lib/dal/public/plan";
import type { Locale } from "@/lib/i18n/config";
import { PastPlanNotice, PlanLinks } from "./plan-links";

/** A published plan at a glance: the current plan at /, a past one at /plans/<code>. */
export async function HomeView({ locale, planCode }: { locale: Locale; planCode?: string }) {
  const [data, plans, t, ts, tSite] = await Promise.all([
    loadHomePage(planCode),
    getPublishedPlans(),
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "strategy" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  if (!data && planCode !== undefined) notFound();
  if (!data) return <main id="main" className="mx-auto max-w-5xl px-4 py-10">{t("noPlan")}</main>;
  const { plan, overall, strategies, headlines } = data;
  const base = planPath(plan, "");
  const elapsed = fractionElapsed(plan.startDate, plan.endDate, plan.asOf);
  const explain = (r: { explanation: string; explanationEn: string }) => (locale === "en" ? r.explanationEn : r.explanation);
  return (
    <>
      {headlines.hasDemoData && <DemoDataNotice text={tSite("demo")} />}
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {!plan.isCurrent && <PastPlanNotice plan={plan} />}
        <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{plan.name}</h1>
        <p className="mt-2 text-stone-700">
          {t("period", { start: plan.startDate.slice(0, 4), end: plan.endDate.slice(0, 4) })} · {t("asOf", { date: plan.asOf })}
        </p>
        <LastUpdated at={headlines.lastUpdated} />
        {overall && (
          <section aria-labelledby="overall" className="mt-6 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
            <div title={explain(overall)}>
              <h2 id="overall" className="text-sm font-medium text-stone-700">{t("overall")}</h2>
              <p className="text-4xl font-bold tabular-nums">{Math.round(overall.progress * 100)}%</p>
              <ProgressBar value={overall.progress} status={overall.status} label={t("overall")} marker={elapsed} showValue={false} />
              <StatusCounts counts={overall.counts} />
            </div>
            <div>
              <h2 className="text-sm font-medium text-stone-700">{t("timeElapsed")}</h2>
              <p className="text-4xl font-bold tabular-nums">{Math.round(elapsed * 100)}%</p>
              <p className="mt-1 text-sm text-stone-600">{explain(overall)}</p>
            </div>
          </section>
        )}
        <h2 className="mt-8 text-xl font-semibold">{t("strategies")}</h2>
        <div className="mt-3 grid gap-4 md:grid-cols-3">
          {plan.strategies.map((s) => {
            const r = strategies.find((x) => x.id === s.id);
            return (
              <section key={s.code} aria-labelledby={`strategy-${s.code}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                <h3 id={`strategy-${s.code}`} className="text-lg font-semibold text-brand-700">
                  <PublicLink href={`${base}/strategies/${s.code}`} className="hover:underline">{s.name}</PublicLink>
                </h3>
                {/* A strategy imported for a new plan may have no aim (致力) yet. */}
                {s.aim && <p className="mt-1 text-sm text-stone-700">{ts("aim", { aim: s.aim })}</p>}
                {r && (
                  <div className="mt-3" title={explain(r)}>
                    <StatusBadge status={r.status} />
                    <div className="mt-2"><ProgressBar value={r.progress} status={r.status} label={s.name} marker={elapsed} /></div>
                    <StatusCounts counts={r.counts} />
                  </div>
                )}
                <ul className="mt-3 list-disc pl-5 text-sm text-stone-700">
                  {s.taskAreas.map((a) => <li key={a.code}>{a.name}</li>)}
                </ul>
              </section>
            );
          })}
        </div>
        <StatusTable strategies={plan.strategies.map((s) => ({ name: s.name, rollup: strategies.find((x) => x.id === s.id) }))} />
        <HeadlineNumbers headlines={headlines.indicators} base={base} />
        <PlanLinks plans={plans} shown={plan.code} />
      </main>
    </>
  );
}
