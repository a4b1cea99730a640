import { locale as rootLocale } from "next/root-params";
import { getRequestConfig } from "next-intl/server";
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
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
