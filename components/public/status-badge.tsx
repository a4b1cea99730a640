import { getTranslations } from "next-intl/server";
import type { Status } from "@/lib/domain";

// The colours live in app/globals.css (.s-<STATUS>): they pass WCAG AA against their
// background, and the status word is always shown, never colour alone.
export const STATUS_STYLE: Record<Status, string> = {
  DONE: "s-DONE s-badge",
  ON_TRACK: "s-ON_TRACK s-badge",
  AT_RISK: "s-AT_RISK s-badge",
  LAGGING: "s-LAGGING s-badge",
  OVERDUE: "s-OVERDUE s-badge",
  NOT_STARTED: "s-NOT_STARTED s-badge",
};

export async function StatusBadge({ status, title }: { status: Status; title?: string }) {
  const t = await getTranslations("status");
  return (
    <span title={title} className={`badge ${STATUS_STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
