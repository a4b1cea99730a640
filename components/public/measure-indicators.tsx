import { ScrollArea } from "@/components/ui/scroll-area";
import { getTranslations } from "next-intl/server";
import type { PublicMeasure } from "@/lib/dal/public/measure";
import { COMPARISON_LABEL } from "@/lib/labels";
import { StatusBadge } from "./status-badge";
import { TrendChart } from "./trend-chart";

// A date under its value on a desk, beside it on a phone's card; never broken across lines.
const date = "block whitespace-nowrap text-xs text-stone-500 max-sm:ml-2 max-sm:inline";
const fmt = (v: number | null, unit: string) => (v === null ? "—" : `${Number.isInteger(v) ? v : v.toFixed(1)}${unit}`);

export async function MeasureIndicators({ measure }: { measure: PublicMeasure }) {
  const t = await getTranslations("measure");
  return (
    <>
      {measure.indicators.length > 0 && (
        <section aria-labelledby="indicators" className="mt-8">
          <h2 id="indicators" className="text-lg font-semibold">{t("indicators")}</h2>
          <ScrollArea label={t("indicators")} className="mt-2">
            <table className="cards w-full min-w-[36rem] border-collapse text-sm">
              <caption className="sr-only">{t("indicators")}</caption>
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  {["indicator", "baseline", "target", "current", "expected"].map((k) => <th key={k} scope="col" className="py-1 pr-2">{t(k)}</th>)}
                  <th scope="col" className="py-1 pr-2">{t("reason")}</th>
                </tr>
              </thead>
              <tbody>
                {measure.indicators.map((i) => (
                  <tr key={i.code} className="border-b border-stone-100 align-top">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">{i.name}</th>
                    <td data-label={t("baseline")} className="py-1 pr-2">{fmt(i.baseline, i.unit)}<span className={date}>{i.baselineDate}</span></td>
                    <td data-label={t("target")} className="py-1 pr-2">{COMPARISON_LABEL[i.comparison as keyof typeof COMPARISON_LABEL]} {fmt(i.target, i.unit)}<span className={date}>{i.deadline}</span></td>
                    <td data-label={t("current")} className="py-1 pr-2 font-medium">{fmt(i.current, i.unit)}</td>
                    <td data-label={t("expected")} className="py-1 pr-2">{fmt(i.expected, i.unit)}<span className={date}>{measure.asOf}</span></td>
                    <td data-label={t("reason")} className="py-1 pr-2"><span><StatusBadge status={i.status} /> <span className="text-xs">{i.reason}</span></span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          {measure.indicators.filter((i) => i.trend.length > 1).map((i) => (
            <figure key={i.code} data-trend={i.code} className="mt-4 grid gap-4 sm:grid-cols-2">
              <TrendChart name={i.name} unit={i.unit} points={i.trend} target={i.target}
                plan={{ path: i.path, deadline: i.deadline, asOf: measure.asOf, expected: i.expected }} />
              <table className="border-collapse text-xs">
                <caption className="text-left text-sm font-medium">{i.name}：{t("trend")}</caption>
                <thead><tr className="border-b border-stone-300 text-left"><th scope="col" className="pr-2">{t("period")}</th><th scope="col">{t("values")}</th></tr></thead>
                <tbody>
                  {i.trend.map((p) => <tr key={p.date} className="border-b border-stone-100"><td className="pr-2">{p.date.slice(0, 7)}</td><td>{fmt(p.value, i.unit)}</td></tr>)}
                </tbody>
              </table>
            </figure>
          ))}
        </section>
      )}
      {measure.milestones.length > 0 && (
        <section aria-labelledby="milestones" className="mt-8">
          <h2 id="milestones" className="text-lg font-semibold">{t("milestones")}</h2>
          <ol className="mt-2 border-l-2 border-stone-300 pl-4 text-sm">
            {measure.milestones.map((m) => (
              <li key={m.name} className="mb-2">
                <span className="font-medium">{m.name}</span>
                <span className="ml-2 whitespace-nowrap text-stone-600">{t("planned")} {m.plannedDate}</span>
                <span className="ml-2 whitespace-nowrap">{t("actual")} {m.actualDate ?? t("notYet")}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
