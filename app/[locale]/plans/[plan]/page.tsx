import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getPublicPlan } from "@/lib/dal/public/plan";
import { decodeParam } from "@/lib/validation/route-params";
import { HomeView } from "@/components/public/views/home-view";

type Props = { params: Promise<{ locale: string; plan: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The language first: the build's placeholder ("-") is no language and reads no data.
  const [, { plan: raw }] = await Promise.all([pageLocale(params), params]);
  const code = decodeParam(raw);
  const plan = code === null ? null : await getPublicPlan(code);
  return plan ? { title: plan.name } : {};
}

export default async function PlanHomePage({ params }: Props) {
  const [locale, { plan }] = await Promise.all([pageLocale(params), params]);
  const code = decodeParam(plan);
  if (code === null) notFound();
  return <HomeView locale={locale} planCode={code} />;
}
