import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/page-locale";
import { strategyParams } from "@/lib/dal/public/static-params";
import { StrategyView, strategyMetadata } from "@/components/public/views/strategy-view";

type Props = { params: Promise<{ locale: string; code: string }> };

export const generateStaticParams = strategyParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { code }] = await Promise.all([pageLocale(params), params]);
  return strategyMetadata({ locale, code });
}

export default async function StrategyPage({ params }: Props) {
  const [locale, { code }] = await Promise.all([pageLocale(params), params]);
  return <StrategyView locale={locale} code={code} />;
}
