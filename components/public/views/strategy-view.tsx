import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { getPublicPlan, planPath } from "@/lib/dal/public/plan";
import { lastApproval } from "@/lib/dal/public/measure-list";
import { loadStrategyPage } from "@/lib/dal/public/pages";
import { MeasureTable } from "@/components/public/measure-table";
import { StatusBadge } from "@/components/public/status-badge";
import { ProgressBar } from "@/components/public/progress-bar";
import { LastUpdated } from "@/components/public/last-updated";
import { StatusCounts } from "@/components/public/status-counts";
import { DemoDataNotice } from "@/components/ui/demo-data-notice";
import { PastPlanNotice } from "./plan-links";

type ViewProps = { locale: Locale; code: string; planCode?: string };

export async function strategyMetadata({ locale, code, planCode }: ViewProps): Promise<Metadata> {
  const plan = await getPublicPlan(planCode);
  return { title: plan?.strategies.find((s) => s.code === code)?.name ?? (await getTranslations({ locale, namespace: "notFound" }))("title") };
}

/** One strategy of a published plan: the current plan's at /strategies/<code>, a past one's under /plans/<plan>. */
export async function StrategyView({ locale, code, planCode }: ViewProps) {
  const [data, t, tSite] = await Promise.all([loadStrategyPage(code, planCode), getTranslations({ locale, namespace: "strategy" }), getTranslations({ locale, namespace: "site" })]);
  if (!data) notFound();
  const { plan, strategy, rows, areas } = data;
  const base = planPath(plan, "");
  const byArea = new Map(areas.map((a) => [a.id, a]));
  return (
    <>
      {plan.hasDemoData && <DemoDataNotice text={tSite("demo")} />}
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {!plan.isCurrent && <PastPlanNotice plan={plan} />}
        <h1 className="text-2xl font-bold text-brand-800">{strategy.name}</h1>
        {(strategy.aim || strategy.slogan) && (
          <p className="mt-1 text-stone-700">{[strategy.aim && t("aim", { aim: strategy.aim }), strategy.slogan].filter(Boolean).join(" · ")}</p>
        )}
        <LastUpdated at={lastApproval(rows)} />
        <h2 className="mt-6 text-lg font-semibold">{t("taskAreas")}</h2>
        {strategy.taskAreas.map((area) => {
          const rollup = byArea.get(area.id);
          const areaRows = rows.filter((r) => r.taskAreaId === area.id);
          return (
            <section key={area.id} aria-labelledby={`area-${area.code}`} className="mt-4 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`area-${area.code}`} className="text-base font-semibold">{area.name}</h3>
                {rollup && <StatusBadge status={rollup.status} title={locale === "en" ? rollup.explanationEn : rollup.explanation} />}
              </div>
              {rollup && (
                <div className="mt-2 max-w-md" title={locale === "en" ? rollup.explanationEn : rollup.explanation}>
                  <ProgressBar value={rollup.progress} status={rollup.status} label={area.name} />
                  <StatusCounts counts={rollup.counts} />
                </div>
              )}
              <div className="mt-3"><MeasureTable rows={areaRows} caption={area.name} base={base} /></div>
            </section>
          );
        })}
      </main>
    </>
  );
}
