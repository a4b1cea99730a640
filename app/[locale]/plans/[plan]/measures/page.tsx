import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { decodeParam } from "@/lib/validation/route-params";
import { SearchView, searchMetadata, type Search } from "@/components/public/views/search-view";

type Props = { params: Promise<{ locale: string; plan: string }>; searchParams: Promise<Search> };

// Results depend on the query: rendered per request (from cached data), not prerendered.
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await pageLocale(params));
}

export default async function PlanSearchPage({ params, searchParams }: Props) {
  const [locale, { plan }] = await Promise.all([pageLocale(params), params]);
  const planCode = decodeParam(plan);
  if (planCode === null) notFound();
  return <SearchView locale={locale} searchParams={searchParams} planCode={planCode} />;
}
