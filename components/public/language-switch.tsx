"use client";
import { usePathname, useSearchParams } from "next/navigation";

/** A plain link (works without JavaScript too): the server sets the cookie and comes back here. */
export function LanguageSwitch({ to, label, hint }: { to: "zh-CN" | "en"; label: string; hint: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const next = search ? `${pathname}?${search}` : pathname;
  return (
    <a href={`/api/locale?to=${to}&next=${encodeURIComponent(next)}`} lang={to} title={hint} className="hover:underline">
      {label}
    </a>
  );
}
