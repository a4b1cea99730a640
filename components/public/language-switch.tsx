"use client";
import type { SyntheticEvent } from "react";
import { usePathname } from "next/navigation";
import { switchLocalePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/config";

type Props = { to: Locale; label: string; hint: string };

/**
 * The same page in the other language: a plain link that works without JavaScript. Its query
 * (the search page's filters) is added in the browser when the link is about to be used: reading
 * it while rendering (useSearchParams) would leave a dynamic hole in every public page, which
 * Next.js then renders again on each request instead of serving the cached page.
 */
export function LanguageSwitch({ to, label, hint }: Props) {
  const pathname = usePathname();
  const withQuery = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = switchLocalePath(pathname, window.location.search, to);
  };
  return (
    <a href={switchLocalePath(pathname, "", to)} hrefLang={to} lang={to} title={hint} className="hover:underline"
      onPointerDown={withQuery} onFocus={withQuery} onMouseEnter={withQuery}>
      {label}
    </a>
  );
}
