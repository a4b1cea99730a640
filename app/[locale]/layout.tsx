import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import "../globals.css";
import { SiteHeader } from "@/components/ui/site-header";
import { LanguageSwitch } from "@/components/public/language-switch";
import { PublicLink } from "@/components/public/public-link";
import { BUILD_PLACEHOLDER, isLocale, type Locale } from "@/lib/i18n/config";
import { localePath } from "@/lib/i18n/paths";

// The root layout of the public pages. The language is the first segment of the address
// (a rewrite in next.config.ts maps unprefixed addresses to zh-CN), so each page is prerendered once per language
// and kept in Next.js's cache until an approval expires its data (cacheTag / updateTag).
type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// The build reads no data: every public page renders on its first request and is then kept
// in Next.js's cache (shared through Redis when REDIS_URL is set) until an approval expires its
// tags. Cache Components need one listed param; this one answers 404.
export function generateStaticParams() {
  return [{ locale: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function PublicRootLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "site" });
  const other: Locale = locale === "en" ? "zh-CN" : "en";
  const switchProps = { to: other, label: t("language"), hint: t("languageLabel") };
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skip")}
        </a>
        <SiteHeader title={t("name")} homeHref={localePath(locale, "/")} navLabel={t("nav")}>
          <PublicLink href="/" className="hover:underline">{t("home")}</PublicLink>
          <PublicLink href="/measures" className="hover:underline">{t("search")}</PublicLink>
          <PublicLink href="/data" className="hover:underline">{t("openData")}</PublicLink>
          <LanguageSwitch {...switchProps} />
          <a href="/console" className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">{t("staffLogin")}</a>
        </SiteHeader>
        {locale === "en" && <p className="mx-auto max-w-5xl px-4 pt-3 text-sm text-stone-700">{t("contentLanguage")}</p>}
        {children}
        <footer className="mx-auto max-w-5xl px-4 py-8 text-xs text-stone-600">{t("footer")}</footer>
      </body>
    </html>
  );
}
