import { getTranslations } from "next-intl/server";
import { DISPLAY_ORDER, statusColorClass, type Status } from "@/lib/domain";

/** The number of measures per status, as a list of words and numbers (no colour-only meaning). */
export async function StatusCounts({ counts }: { counts: Record<Status, number> }) {
  const t = await getTranslations("status");
  return (
    <ul className="mt-2 flex flex-wrap gap-1.5 text-xs">
      {DISPLAY_ORDER.filter((s) => counts[s] > 0).map((s) => (
        <li key={s} className={`rounded border px-1.5 py-0.5 ${statusColorClass(s)}`}>{t(s)} {counts[s]}</li>
      ))}
    </ul>
  );
}
