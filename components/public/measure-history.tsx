import { ScrollArea } from "@/components/ui/scroll-area";
import { getTranslations } from "next-intl/server";
import type { PublicMeasure } from "@/lib/dal/public/measure";

type Entry = Omit<PublicMeasure["history"][number], "corrections">;

export async function MeasureHistory({ measure }: { measure: PublicMeasure }) {
  const [t, ts] = await Promise.all([getTranslations("measure"), getTranslations("status")]);
  // A measure with numbers or milestones is judged by them: the reporter's own status word
  // would contradict the engine's. Only a qualitative measure's report is its status.
  const qualitative = measure.indicators.length === 0 && measure.milestones.length === 0;
  const figures = (h: Entry) => {
    const parts: React.ReactNode[] = [
      ...h.values.map((v) => `${v.indicator} ${v.value}${v.unit}`),
      ...h.milestones.map((m) => t.rich("reached", { name: m.name, date: m.date, d: (chunks) => <span className="whitespace-nowrap">{chunks}</span> })),
    ];
    if (parts.length === 0) return qualitative ? ts(h.status as "DONE") : "—";
    return <span>{parts.map((p, i) => <span key={i}>{i > 0 && "；"}{p}</span>)}</span>;
  };
  return (
    <>
      <section aria-labelledby="evidence" className="mt-8">
        <h2 id="evidence" className="text-lg font-semibold">{t("evidence")}</h2>
        {measure.evidence.length === 0 ? (
          <p className="mt-1 text-sm text-stone-600">{t("noEvidence")}</p>
        ) : (
          <ul className="mt-1 list-disc pl-6 text-sm">
            {measure.evidence.map((e) => <li key={e.id}><a className="text-blue-800 underline" href={`/api/attachments/${e.id}`}>{e.fileName}</a></li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="history" className="mt-8">
        <h2 id="history" className="text-lg font-semibold">{t("history")}</h2>
        <ScrollArea label={t("history")} className="mt-2">
          <table className="cards w-full min-w-[36rem] border-collapse text-sm">
            <caption className="sr-only">{t("history")}</caption>
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="py-1 pr-2">{t("period")}</th>
                <th scope="col" className="py-1 pr-2">{t("approvedOn")}</th>
                <th scope="col" className="py-1 pr-2">{t("values")}</th>
                <th scope="col" className="py-1 pr-2">{t("narrative")}</th>
              </tr>
            </thead>
            <tbody>
              {measure.history.map((h) => (
                <tr key={h.period} className="border-b border-stone-100 align-top">
                  <td data-label={t("period")} className="py-1 pr-2 whitespace-nowrap">{h.period}</td>
                  <td data-label={t("approvedOn")} className="py-1 pr-2 whitespace-nowrap">{h.approvedOn}</td>
                  <td data-label={t("values")} className="py-1 pr-2">{figures(h)}</td>
                  <td data-label={t("narrative")} className="py-1 pr-2">
                    {h.narrative}
                    {h.corrections.length > 0 && (
                      <details className="mt-1 text-xs text-stone-600">
                        <summary className="cursor-pointer">{t("corrections", { count: h.corrections.length })}</summary>
                        <ul className="mt-1 list-disc pl-5">
                          {h.corrections.map((c, i) => (
                            <li key={i}>{t("correctionApproved", { date: c.approvedOn })}：{figures(c)}；{c.narrative}</li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </section>
    </>
  );
}
