import { pageLocale } from "@/lib/i18n/page-locale";
import { HomeView } from "@/components/public/views/home-view";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  return <HomeView locale={await pageLocale(params)} />;
}
