import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { planPath } from "@/lib/dal/public/plan";
import { filterMeasures, lastApproval, type MeasureFilter } from "@/lib/dal/public/measure-list";
import { loadSearchPage } from "@/lib/dal/public/pages";
import { STATUSES, type Status } from "@/lib/domain";
import { MeasureTable } from "@/components/public/measure-table";
import { LastUpdated } from "@/components/public/last-updated";
import { DemoDataNotice } from "@/components/ui/demo-data-notice";
import { PastPlanNotice } from "./plan-links";

export async function searchMetadata(locale: Locale): Promise<Metadata> {
  return { title: (await getTranslations({ locale, namespace: "search" }))("title") };
}

export type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 50) : undefined);

function toFilter(sp: Search): MeasureFilter {
  const status = one(sp.status);
  const taskArea = Number(one(sp.taskArea));
  const year = Number(one(sp.year));
  return {
    q: one(sp.q),
    status: STATUSES.includes(status as Status) ? (status as Status) : undefined,
    taskArea: Number.isInteger(taskArea) && taskArea > 0 ? taskArea : undefined,
    department: one(sp.department),
    year: Number.isInteger(year) && year > 1900 ? year : undefined,
  };
}

/** The measures of a published plan, searched and filtered: /measures, or /plans/<plan>/measures. */
export async function SearchView({ locale, searchParams, planCode }: { locale: Locale; searchParams: Promise<Search>; planCode?: string }) {
  // The query makes this page render per request; its data still comes from the cache.
  const [data, t, ts, tSite, filter] = await Promise.all([
    loadSearchPage(planCode), getTranslations({ locale, namespace: "search" }), getTranslations({ locale, namespace: "status" }), getTranslations({ locale, namespace: "site" }), searchParams.then(toFilter),
  ]);
  if (!data) notFound();
  const { plan, rows } = data;
  const found = filterMeasures(rows, filter);
  const departments = [...new Set(rows.map((r) => r.leadDepartment))].sort((a, b) => a.localeCompare(b, "zh-CN"));
  const years = [...new Set(rows.flatMap((r) => (r.deadline ? [Number(r.deadline.slice(0, 4))] : [])))].sort();
  const select = "mt-1 w-full rounded border border-stone-400 px-2 py-1.5 text-sm";
  return (
    <>
      {plan.hasDemoData && <DemoDataNotice text={tSite("demo")} />}
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {!plan.isCurrent && <PastPlanNotice plan={plan} />}
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <LastUpdated at={lastApproval(rows)} />
        <form method="get" role="search" className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-5">
          <div className="sm:col-span-5">
            <label htmlFor="q" className="block text-sm font-medium">{t("query")}</label>
            <input id="q" name="q" type="search" defaultValue={filter.q} aria-describedby="q-hint" className={select} />
            <p id="q-hint" className="mt-1 text-xs text-stone-600">{t("queryHint")}</p>
          </div>
          <div>
            <label htmlFor="status" className="block text-sm font-medium">{t("status")}</label>
            <select id="status" name="status" defaultValue={filter.status ?? ""} className={select}>
              <option value="">{t("any")}</option>
              {STATUSES.map((s) => <option key={s} value={s}>{ts(s)}</option>)}
            </select>
          </div>
          <div className="sm:col-span-2">
            <label htmlFor="taskArea" className="block text-sm font-medium">{t("taskArea")}</label>
            <select id="taskArea" name="taskArea" defaultValue={filter.taskArea ?? ""} className={select}>
              <option value="">{t("any")}</option>
              {plan.strategies.flatMap((s) => s.taskAreas).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="department" className="block text-sm font-medium">{t("department")}</label>
            <select id="department" name="department" defaultValue={filter.department ?? ""} className={select}>
              <option value="">{t("any")}</option>
              {departments.map((d) => <option key={d} value={d}>{d}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="year" className="block text-sm font-medium">{t("year")}</label>
            <select id="year" name="year" defaultValue={filter.year ?? ""} className={select}>
              <option value="">{t("any")}</option>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
          <div className="sm:col-span-5">
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">{t("submit")}</button>
          </div>
        </form>
        <p role="status" className="mt-4 text-sm">{t("results", { count: found.length })}</p>
        <div className="mt-2"><MeasureTable rows={found} caption={t("title")} base={planPath(plan, "")} /></div>
      </main>
    </>
  );
}
