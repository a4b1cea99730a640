import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { strategyParams } from "@/lib/dal/public/static-params";
import { decodeParam } from "@/lib/validation/route-params";
import { StrategyView, strategyMetadata } from "@/components/public/views/strategy-view";

type Props = { params: Promise<{ locale: string; plan: string; code: string }> };

export const generateStaticParams = strategyParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { plan, code }] = await Promise.all([pageLocale(params), params]);
  const planCode = decodeParam(plan);
  return planCode === null ? {} : strategyMetadata({ locale, code, planCode });
}

export default async function PlanStrategyPage({ params }: Props) {
  const [locale, { plan, code }] = await Promise.all([pageLocale(params), params]);
  const planCode = decodeParam(plan);
  if (planCode === null) notFound();
  return <StrategyView locale={locale} code={code} planCode={planCode} />;
}
