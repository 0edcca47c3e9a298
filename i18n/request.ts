import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { ADMIN_NAMESPACES, loadMessages, PUBLIC_NAMESPACES } from "./messages";
import { isPublicRequest } from "./scope";

// The language of a request: the [locale] segment of public pages (set with setRequestLocale, so
// that they stay statically rendered); in the admin, the signed-in editor's own choice (users.locale,
// set by requirePageUser and the admin's layout) or the sign-in page's ?lang. next-intl keeps its
// first answer for the whole request: nothing may ask before the locale is set (app/forbidden.tsx,
// which renders beside every layout, is a client component for that reason). Admin actions pass
// their language explicitly (lib/i18n/localized.ts).
//
// Its dictionaries: a public page's (marked by pageLocale), or else those and the admin's. Feeds
// and validation messages are read outside React (lib/i18n/translator.ts, localized.ts).
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const namespaces = isPublicRequest() ? PUBLIC_NAMESPACES : [...PUBLIC_NAMESPACES, ...ADMIN_NAMESPACES];
  return { locale, messages: await loadMessages(locale, namespaces), timeZone: "UTC" };
});
