import { useLocale } from "next-intl";
import { localePath } from "@/lib/i18n/paths";
import { toLocale } from "@/lib/i18n/config";

type Props = Omit<React.ComponentProps<"a">, "href"> & { href: string };

/** A link to another public page in the language of this one ("/strategies/A" → "/en/strategies/A"). */
export function PublicLink({ href, ...rest }: Props) {
  const locale = toLocale(useLocale());
  return <a href={localePath(locale, href)} {...rest} />;
}
