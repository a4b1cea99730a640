// The public pages speak Chinese first and English second. The language is in the address:
// /strategies/A is Chinese, /en/strategies/A English, so that every page can be prerendered
// once per language and served from the cache (see docs/decisions/005-locale-in-url.md).
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** The one param listed at build time for each dynamic public segment: it answers 404. */
export const BUILD_PLACEHOLDER = "-";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function toLocale(value: string | undefined | null): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
