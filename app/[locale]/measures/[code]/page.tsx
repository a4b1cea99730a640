import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/page-locale";
import { measureParams } from "@/lib/dal/public/static-params";
import { MeasureView, measureMetadata } from "@/components/public/views/measure-view";

type Props = { params: Promise<{ locale: string; code: string }> };

export const generateStaticParams = measureParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { code }] = await Promise.all([pageLocale(params), params]);
  return measureMetadata({ locale, code });
}

export default async function PublicMeasurePage({ params }: Props) {
  const [locale, { code }] = await Promise.all([pageLocale(params), params]);
  return <MeasureView locale={locale} code={code} />;
}
