"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { switchLocalePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/config";

type Props = { to: Locale; label: string; hint: string };

function SwitchLink({ to, label, hint, href }: Props & { href: string }) {
  return (
    <a href={href} hrefLang={to} lang={to} title={hint} className="hover:underline">
      {label}
    </a>
  );
}

/** The same page and query in the other language: a plain link, works without JavaScript too. */
export function LanguageSwitch(props: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <SwitchLink {...props} href={switchLocalePath(pathname, search, props.to)} />;
}

/** The same page without its query: what the prerendered HTML holds until the query is known. */
export function LanguageSwitchWithoutQuery(props: Props) {
  return <SwitchLink {...props} href={switchLocalePath(usePathname(), "", props.to)} />;
}
