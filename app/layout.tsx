import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "@fontsource-variable/noto-sans-sc";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: "柳市镇五年规划三大战略、重点任务与举措的实施进展公开平台",
  };
}

// Every page reads the language cookie and renders per request; the public data it shows is
// cached by the 'use cache' functions in lib/dal/public, so a render costs no query once warm.
export const instant = false;

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("site")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skip")}
        </a>
        {children}
      </body>
    </html>
  );
}
