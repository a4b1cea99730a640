import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";
import { toLocale } from "@/lib/i18n/config";

export default async function PublicNotFound() {
  const [t, locale] = await Promise.all([getTranslations("notFound"), getLocale()]);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("text")}</p>
      <a href={localePath(toLocale(locale), "/")} className="mt-6 inline-block text-blue-800 underline">{t("home")}</a>
    </main>
  );
}
