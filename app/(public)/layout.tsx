import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/ui/site-header";
import { LanguageSwitch } from "@/components/public/language-switch";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations("site"), getLocale()]);
  return (
    <>
      <SiteHeader title={t("name")}>
        <a href="/" className="hover:underline">{t("home")}</a>
        <a href="/measures" className="hover:underline">{t("search")}</a>
        <a href="/data" className="hover:underline">{t("openData")}</a>
        <Suspense fallback={null}>
          <LanguageSwitch to={locale === "en" ? "zh-CN" : "en"} label={t("language")} hint={t("languageLabel")} />
        </Suspense>
        <a href="/console" className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">{t("staffLogin")}</a>
      </SiteHeader>
      {children}
      <footer className="mx-auto max-w-5xl px-4 py-8 text-xs text-stone-600">{t("footer")}</footer>
    </>
  );
}
