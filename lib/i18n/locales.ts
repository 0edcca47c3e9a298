// The site's two languages. English is the original of what editors write and is served without
// a prefix (/indicators/…); French is served under /fr (/fr/indicators/…). Each language version
// has its own URL, so each is cached on its own: nothing depends on Accept-Language or a cookie.
// Routing (next-intl) is i18n/routing.ts; interface strings are messages/<locale>/*.json.

export const LOCALES = ["en-CA", "fr-CA"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en-CA";

/** The path prefix of each language's public pages and feeds. */
export const LOCALE_PREFIX: Record<Locale, string> = { "en-CA": "", "fr-CA": "/fr" };

/** The language's own name, as a language switch offers it. */
export const LOCALE_NAMES: Record<Locale, string> = { "en-CA": "English", "fr-CA": "Français" };

/** Open Graph's locale form (en_CA). */
export const ogLocale = (locale: Locale) => locale.replace("-", "_");

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The other language, for the language switch and hreflang alternates. */
export const otherLocale = (locale: Locale): Locale => (locale === "en-CA" ? "fr-CA" : "en-CA");

/**
 * A public path in a language: localePath("fr-CA", "/indicators/x") is "/fr/indicators/x";
 * "/" in French is "/fr". `path` is the English (unprefixed) path, query included.
 */
export function localePath(locale: Locale, path: string): string {
  const prefix = LOCALE_PREFIX[locale];
  if (!prefix) return path;
  if (path === "/") return prefix;
  if (path.startsWith("/?")) return prefix + path.slice(1);
  return prefix + path;
}

/** The name, a proper noun the same in both languages, as its wordmark draws it: Follow + through. */
export const WORDMARK = ["Follow", "through"] as const;

/**
 * The sign-in page's language (its ?lang=fr-CA, no account to say it yet), handed by proxy.ts to
 * the admin's root layout, which cannot read the query itself, for its <html lang>.
 */
export const LOGIN_LOCALE_HEADER = "x-followthrough-login-locale";
