import { getTranslations } from "next-intl/server";
import type { ContinuityLink, PublicMeasure } from "@/lib/dal/public/measure";
import { planPath } from "@/lib/dal/public/plan";
import { PublicLink } from "@/components/public/public-link";

const link = (l: ContinuityLink) => (
  <PublicLink href={planPath(l.plan, `/measures/${encodeURIComponent(l.code)}`)} className="text-blue-800 underline">
    {l.plan.name} · {l.code} {l.title}
  </PublicLink>
);

/** 延续自 / 延续为: the same commitment across plans, each side linking to the other. */
export async function Continuity({ measure }: { measure: Pick<PublicMeasure, "continues" | "continuedBy"> }) {
  if (!measure.continues && measure.continuedBy.length === 0) return null;
  const t = await getTranslations("plans");
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {measure.continues && (
        <>
          <dt className="text-stone-600">{t("continues")}</dt>
          <dd>{link(measure.continues)}</dd>
        </>
      )}
      {measure.continuedBy.length > 0 && (
        <>
          <dt className="text-stone-600">{t("continuedBy")}</dt>
          <dd>
            <ul>{measure.continuedBy.map((l) => <li key={l.code}>{link(l)}</li>)}</ul>
          </dd>
        </>
      )}
    </dl>
  );
}
