import { locale as rootLocale } from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { STATUS_LABEL_EN, STATUS_LABEL_ZH } from "@/lib/domain/status-display";
import { toLocale } from "./config";

// The language of a public page is its [locale] root segment. Outside app/[locale] (route
// handlers, the staff side) there is none and Chinese applies.
async function segmentLocale(): Promise<string | undefined> {
  try {
    return await rootLocale();
  } catch {
    return undefined;
  }
}

export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = toLocale(explicit ?? (await segmentLocale()));
  const messages = locale === "en" ? (await import("./messages/en.json")).default : (await import("./messages/zh-CN.json")).default;
  // The status words (t("status.DONE")) come from their one home, not from the message files.
  const status = locale === "en" ? STATUS_LABEL_EN : STATUS_LABEL_ZH;
  return { locale, messages: { ...messages, status }, timeZone: "Asia/Shanghai" };
});
