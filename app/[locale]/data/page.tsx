import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadOpenDataPage } from "@/lib/dal/public/pages";
import { DATASETS, INDICATOR_COLUMNS, MEASURE_COLUMNS, PROGRESS_COLUMNS } from "@/lib/open-data/datasets";
import { DemoDataNotice } from "@/components/ui/demo-data-notice";
import { LastUpdated } from "@/components/public/last-updated";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "data" }))("title") };
}

const COLUMNS = { measures: MEASURE_COLUMNS, indicators: INDICATOR_COLUMNS, progress: PROGRESS_COLUMNS };
const LICENCE = { "zh-CN": "https://creativecommons.org/licenses/by/4.0/deed.zh-hans", en: "https://creativecommons.org/licenses/by/4.0/" };

export default async function OpenDataPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, tSite, data] = await Promise.all([getTranslations({ locale, namespace: "data" }), getTranslations({ locale, namespace: "site" }), loadOpenDataPage()]);
  return (
    <>
      {data.hasDemoData && <DemoDataNotice text={tSite("demo")} />}
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("intro")}</p>
        <LastUpdated at={data.lastUpdated} />
        <p className="mt-3 rounded border border-stone-200 bg-white p-3 text-sm">
          {t("licence")} <a className="text-blue-800 underline" href={LICENCE[locale]} rel="license">{t("licenceLink")}</a>
        </p>
        <ul className="mt-6 space-y-6">
          {DATASETS.map((d) => (
            <li key={d} data-dataset={d} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="text-lg font-semibold">{t(d)} <span className="font-mono text-sm text-stone-500">({d})</span></h2>
              <p className="mt-1 text-sm text-stone-700">{t("rows", { count: data.counts[d] })}</p>
              <p className="mt-2 flex flex-wrap gap-3 text-sm">
                <a className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100" href={`/api/v1/${d}.csv`} download>CSV</a>
                <a className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100" href={`/api/v1/${d}.xlsx`} download>XLSX</a>
                <a className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100" href={`/api/v1/${d}`}>JSON</a>
              </p>
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer">{t("fields")}</summary>
                <table className="data-table cards mt-2 text-xs">
                  <caption className="sr-only">{t(d)} · {t("fields")}</caption>
                  <thead><tr><th scope="col">{t("fieldKey")}</th><th scope="col">{t("fieldName")}</th><th scope="col">{t("fieldNote")}</th></tr></thead>
                  <tbody>
                    {COLUMNS[d].map((c) => (
                      <tr key={c.key}>
                        <td data-label={t("fieldKey")} className="font-mono">{c.key}</td>
                        <td data-label={t("fieldName")} className="whitespace-nowrap">{c.header}</td>
                        <td data-label={t("fieldNote")}>{t(`notes.${d}.${c.key}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </li>
          ))}
        </ul>
        {data.plans.length > 1 && (
          <section aria-labelledby="by-plan" className="mt-8 text-sm">
            <h2 id="by-plan" className="text-lg font-semibold">{t("byPlan")}</h2>
            <p className="mt-1 text-stone-700">{t("byPlanIntro")}</p>
            <ul className="mt-3 space-y-3">
              {data.plans.map((p) => (
                <li key={p.code} data-plan={p.code} className="rounded border border-stone-200 bg-white p-3">
                  <p className="font-medium">{p.name}{p.isCurrent ? ` · ${t("currentPlan")}` : ""}</p>
                  <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    {DATASETS.map((d) => (
                      <span key={d}>
                        {t(d)}：
                        <a className="text-blue-800 underline" href={`/api/v1/${d}.csv?plan=${encodeURIComponent(p.code)}`} download>CSV</a>{" "}
                        <a className="text-blue-800 underline" href={`/api/v1/${d}.xlsx?plan=${encodeURIComponent(p.code)}`} download>XLSX</a>{" "}
                        <a className="text-blue-800 underline" href={`/api/v1/${d}?plan=${encodeURIComponent(p.code)}`}>JSON</a>
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="api" className="mt-8 text-sm">
          <h2 id="api" className="text-lg font-semibold">{t("api")}</h2>
          <p className="mt-2">GET <code>/api/v1/{"{measures|indicators|progress}"}</code> → <code>{"{ version: 1, dataset, plan, planCode, asOf, count, data: [...] }"}</code></p>
          <p className="mt-1">{t("planParam")}</p>
          <p className="mt-1">{t("formats")}</p>
        </section>
      </main>
    </>
  );
}
