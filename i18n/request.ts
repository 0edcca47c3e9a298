import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "./messages";

// The language of a request: the [locale] segment of public pages (set with setRequestLocale, so
// that they stay statically rendered); in the admin, the signed-in editor's own choice (users.locale,
// set by requirePageUser and the admin's layout) or the sign-in page's ?lang. next-intl keeps its
// first answer for the whole request: nothing may ask before the locale is set (app/forbidden.tsx,
// which renders beside every layout, is a client component for that reason). Admin actions pass
// their language explicitly (lib/i18n/localized.ts).
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
