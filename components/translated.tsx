import { useLocale, useTranslations } from "next-intl";
import { LocalizedText } from "@/components/localized-text";
import type { Locale } from "@/lib/i18n/locales";

/**
 * <LocalizedText> in the page's language, with its "translation pending" note from the page's
 * messages: what public pages use for every text an editor wrote (localized(), lib/i18n/content.ts).
 */
export function Translated(props: Omit<React.ComponentProps<typeof LocalizedText>, "pendingLabel" | "pageLang">) {
  const t = useTranslations("common");
  return <LocalizedText {...props} pendingLabel={t("translationPending")} pageLang={useLocale() as Locale} />;
}
