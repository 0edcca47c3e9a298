import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_PREFIX, LOCALES } from "@/lib/i18n/locales";

// English unprefixed, French under /fr. No detection and no cookie: a URL always answers in its
// own language, so that every response is cacheable as it is (server/http-cache.mjs, nginx).
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: { mode: "as-needed", prefixes: { "fr-CA": LOCALE_PREFIX["fr-CA"] } },
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false, // pages declare their hreflang alternates in their metadata (lib/http/seo.ts)
});
