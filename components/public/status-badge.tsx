import { getTranslations } from "next-intl/server";
import type { Status } from "@/lib/domain";

// Colours pass WCAG AA against their background; the word is always shown, never colour alone.
export const STATUS_STYLE: Record<Status, string> = {
  DONE: "bg-emerald-100 text-emerald-900 border-emerald-300",
  ON_TRACK: "bg-green-50 text-green-900 border-green-300",
  AT_RISK: "bg-amber-100 text-amber-900 border-amber-300",
  LAGGING: "bg-red-100 text-red-900 border-red-300",
  OVERDUE: "bg-red-200 text-red-950 border-red-400",
  NOT_STARTED: "bg-stone-100 text-stone-800 border-stone-300",
};

export const STATUS_BAR: Record<Status, string> = {
  DONE: "bg-emerald-700",
  ON_TRACK: "bg-green-600",
  AT_RISK: "bg-amber-500",
  LAGGING: "bg-red-600",
  OVERDUE: "bg-red-800",
  NOT_STARTED: "bg-stone-400",
};

export async function StatusBadge({ status, title }: { status: Status; title?: string }) {
  const t = await getTranslations("status");
  return (
    <span title={title} className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
