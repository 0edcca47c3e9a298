import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "./messages";

// The language of a request: the [locale] segment of public pages (set with setRequestLocale, so
// that they stay statically rendered, or by next-intl's middleware in proxy.ts); in the admin, the
// signed-in editor's own choice (users.locale) or the sign-in page's ?lang (adminLocale). The admin
// sets it with setRequestLocale too (requirePageUser, its layout), but a part of its tree may render
// before that (the forbidden page is rendered alongside the layout), and next-intl keeps the first
// answer for the whole request, so the admin's language is worked out here as well.
// Admin actions pass their language explicitly (lib/i18n/localized.ts).
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale) ?? (await adminLocaleOf());
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});

/** Only requests that no [locale] segment or middleware has named (the admin and /login) get here. */
async function adminLocaleOf() {
  const { adminLocale } = await import("@/lib/i18n/admin-locale");
  return adminLocale();
}
