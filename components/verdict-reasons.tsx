import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { reasonTitle, reasonValues, type VerdictReason } from "@/lib/rules/status";

/**
 * Why a verdict applies, a paragraph per reason, in the page's language. The indicators a reason
 * names are quoted in their French title, or in their English original marked as English.
 */
export function VerdictReasons({ reasons }: { reasons: VerdictReason[] }) {
  const t = useTranslations("verdict");
  const locale = useLocale() as Locale;
  return reasons.map((reason, index) => (
    <p key={index}>
      {t.rich(`reason.${reason.kind}`, {
        ...reasonValues(reason, locale),
        titles: () =>
          "indicators" in reason &&
          reason.indicators.map((indicator, position) => {
            const title = reasonTitle(indicator, locale);
            return (
              <Fragment key={position}>
                {position > 0 && ", "}
                {t("openQuote")}
                <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>
                {t("closeQuote")}
              </Fragment>
            );
          }),
      })}
    </p>
  ));
}
