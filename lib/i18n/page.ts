import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { markPublicRequest } from "@/i18n/scope";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The language of a public page from its [locale] segment, set for the whole render so that
 * next-intl's server functions read it without making the page dynamic. Unknown: 404. Marks the
 * request as public: next-intl gets the public dictionaries only (i18n/request.ts).
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  markPublicRequest();
  setRequestLocale(locale);
  return locale;
}

/** The language of a page's metadata (generateMetadata runs beside the page, not inside it). */
export async function metadataLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  markPublicRequest();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
