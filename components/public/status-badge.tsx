import { getTranslations } from "next-intl/server";
import { statusBadgeClass, type Status } from "@/lib/domain";

// The words and colours come from lib/domain/status-display.ts (through the "status" messages and
// the generated .s-<STATUS> classes): the status word is always shown, never colour alone.
export async function StatusBadge({ status, title }: { status: Status; title?: string }) {
  const t = await getTranslations("status");
  return (
    <span title={title} className={statusBadgeClass(status)}>
      {t(status)}
    </span>
  );
}
