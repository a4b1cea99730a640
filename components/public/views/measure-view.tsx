import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { localePath } from "@/lib/i18n/paths";
import { getPublicMeasure } from "@/lib/dal/public/measure";
import { planPath } from "@/lib/dal/public/plan";
import { StatusBadge } from "@/components/public/status-badge";
import { ProgressBar } from "@/components/public/progress-bar";
import { LastUpdated } from "@/components/public/last-updated";
import { MeasureIndicators } from "@/components/public/measure-indicators";
import { MeasureHistory } from "@/components/public/measure-history";
import { DemoDataNotice } from "@/components/ui/demo-data-notice";
import { PublicLink } from "@/components/public/public-link";
import { decodeParam } from "@/lib/validation/route-params";
import { Continuity } from "./continuity";
import { PastPlanNotice } from "./plan-links";

type ViewProps = { locale: Locale; code: string; planCode?: string };

export async function measureMetadata({ locale, code, planCode }: ViewProps): Promise<Metadata> {
  const decoded = decodeParam(code);
  const measure = decoded === null ? null : await getPublicMeasure(decoded, planCode);
  return { title: measure?.title ?? (await getTranslations({ locale, namespace: "notFound" }))("title") };
}

/**
 * One measure of a published plan. At /measures/<code> (no plan named) a past plan's measure
 * moves to its plan's address, so links made while that plan was current keep working.
 */
export async function MeasureView({ locale, code, planCode }: ViewProps) {
  // A malformed escape ("%25FF" arrives as "%FF") is an unknown measure, not a server error.
  const decoded = decodeParam(code);
  const [measure, t, tSite, tStrategy] = await Promise.all([
    decoded === null ? null : getPublicMeasure(decoded, planCode),
    getTranslations({ locale, namespace: "measure" }),
    getTranslations({ locale, namespace: "site" }),
    getTranslations({ locale, namespace: "strategy" }),
  ]);
  if (!measure) notFound();
  if (planCode === undefined && !measure.plan.isCurrent) permanentRedirect(localePath(locale, planPath(measure.plan, `/measures/${encodeURIComponent(measure.code)}`)));
  const base = planPath(measure.plan, "");
  return (
    <>
      {measure.history.some((h) => h.isDemo) && <DemoDataNotice text={tSite("demo")} />}
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        {!measure.plan.isCurrent && <PastPlanNotice plan={{ name: measure.plan.name, endDate: measure.asOf }} />}
        <nav aria-label={tSite("breadcrumb")} className="text-sm text-stone-600">
          <PublicLink href={`${base}/strategies/${measure.strategy.code}`} className="text-blue-800 underline">{measure.strategy.name}</PublicLink>
          {" › "}{measure.taskArea.name}
          {measure.parent && <>{" › "}<PublicLink href={`${base}/measures/${measure.parent.code}`} className="text-blue-800 underline">{measure.parent.title}</PublicLink></>}
        </nav>
        <h1 className="mt-2 text-xl font-bold sm:text-2xl">
          <span className="mr-2 rounded bg-stone-200 px-1 align-middle text-xs font-normal">{t(`kind.${measure.kind}`)} {measure.code}</span>
          {measure.title}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <StatusBadge status={measure.status} />
          <div className="w-64"><ProgressBar value={measure.progress} status={measure.status} label={tStrategy("progress")} /></div>
        </div>
        <p className="mt-2 text-sm"><span className="text-stone-600">{t("reason")}：</span>{measure.reason}</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">{t("departments")}</dt><dd>{[measure.leadDepartment, ...measure.departments.filter((d) => d !== measure.leadDepartment)].join("、")}</dd>
        </dl>
        <Continuity measure={measure} />
        <LastUpdated at={measure.lastUpdated} />
        <MeasureIndicators measure={measure} />
        {measure.children.length > 0 && (
          <section aria-labelledby="projects" className="mt-8">
            <h2 id="projects" className="text-lg font-semibold">{t("projects")}</h2>
            <ul className="mt-2 list-disc pl-6 text-sm">
              {measure.children.map((c) => (
                <li key={c.code}><PublicLink className="text-blue-800 underline" href={`${base}/measures/${c.code}`}>{c.title}</PublicLink>{c.done ? " ✓" : ""}</li>
              ))}
            </ul>
          </section>
        )}
        <MeasureHistory measure={measure} />
      </main>
    </>
  );
}
