import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/page-locale";
import { SearchView, searchMetadata, type Search } from "@/components/public/views/search-view";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Search> };

// Results depend on the query: rendered per request (from cached data), not prerendered.
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await pageLocale(params));
}

export default async function SearchPage({ params, searchParams }: Props) {
  return <SearchView locale={await pageLocale(params)} searchParams={searchParams} />;
}
