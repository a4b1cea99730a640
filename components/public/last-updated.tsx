import { getTranslations } from "next-intl/server";
import { formatShanghaiTime } from "@/lib/format-time";

export async function LastUpdated({ at }: { at: string | null }) {
  const t = await getTranslations("site");
  return <p className="mt-2 text-xs text-stone-600">{at ? t("lastUpdated", { date: formatShanghaiTime(at) }) : t("noData")}</p>;
}
