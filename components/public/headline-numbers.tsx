import { getTranslations } from "next-intl/server";
import type { Headline } from "@/lib/dal/public/headline";
import { COMPARISON_LABEL } from "@/lib/labels";
import { PublicLink } from "@/components/public/public-link";

/** The plan's numbers as large figures with their way to the target; the figure is the text. */
export async function HeadlineNumbers({ headlines, base = "" }: { headlines: Headline[]; /** A past plan's /plans/<code>. */ base?: string }) {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="headline" className="mt-8">
      <h2 id="headline" className="text-xl font-semibold">{t("headline")}</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {headlines.map((h) => (
          <li key={h.code} className="rounded-lg border border-stone-200 bg-white p-3">
            <PublicLink href={`${base}/measures/${h.measureCode}`} className="text-sm text-blue-800 hover:underline">{h.name}</PublicLink>
            <p className="mt-1 text-3xl font-bold tabular-nums" data-indicator={h.code}>
              {h.current ?? "—"}<span className="ml-1 text-base font-normal">{h.unit}</span>
            </p>
            <p className="text-xs text-stone-600">
              {t("target", { target: `${COMPARISON_LABEL[h.comparison as keyof typeof COMPARISON_LABEL]} ${h.target}${h.unit}` })} · {h.deadline}
            </p>
            <div aria-hidden className="mt-2 h-1.5 overflow-hidden rounded bg-stone-200">
              <div className="h-full bg-brand-700" style={{ width: `${Math.round(h.share * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
