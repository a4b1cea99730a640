import { DEFAULT_LOCALE, LOCALES, type Locale } from "./config";

// Addresses of the public pages per language: Chinese has no prefix, English lives under /en.
// `href` is a path of the Chinese site ("/", "/strategies/A", "/measures?q=x").

export function localePath(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE) return href;
  if (href === "/") return `/${locale}`;
  return href.startsWith("/?") ? `/${locale}${href.slice(1)}` : `/${locale}${href}`;
}

/** The path without its language prefix: "/en/strategies/A" → "/strategies/A", "/en" → "/". */
export function stripLocale(pathname: string): string {
  for (const locale of LOCALES) {
    if (pathname === `/${locale}`) return "/";
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1);
  }
  return pathname || "/";
}

/** The same page in another language. */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
  const query = search ? (search.startsWith("?") ? search : `?${search}`) : "";
  return localePath(to, `${stripLocale(pathname)}${query}`);
}
