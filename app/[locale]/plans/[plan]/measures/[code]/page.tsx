import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { measureParams } from "@/lib/dal/public/static-params";
import { decodeParam } from "@/lib/validation/route-params";
import { MeasureView, measureMetadata } from "@/components/public/views/measure-view";

type Props = { params: Promise<{ locale: string; plan: string; code: string }> };

export const generateStaticParams = measureParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { plan, code }] = await Promise.all([pageLocale(params), params]);
  const planCode = decodeParam(plan);
  return planCode === null ? {} : measureMetadata({ locale, code, planCode });
}

export default async function PlanMeasurePage({ params }: Props) {
  const [locale, { plan, code }] = await Promise.all([pageLocale(params), params]);
  const planCode = decodeParam(plan);
  if (planCode === null) notFound();
  return <MeasureView locale={locale} code={code} planCode={planCode} />;
}
