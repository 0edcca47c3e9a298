import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SavedNotice } from "@/components/admin";
import { getCurrentUser, safeCallbackUrl } from "@/lib/auth/auth";
import { DEFAULT_LOCALE, isLocale, otherLocale, type Locale } from "@/lib/i18n/locales";
import { LoginForm } from "./login-form";

type Search = { callbackUrl?: string; signedOut?: string; lang?: string };

// English unless the address says ?lang=fr-CA (never Accept-Language): there is no account yet to
// say which. Once signed in, the admin speaks the account's own choice, which only the language
// switch in the admin changes.
const localeOf = (search: Search): Locale => (isLocale(search.lang) ? search.lang : DEFAULT_LOCALE);

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf(await searchParams), namespace: "admin.login" });
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const locale = localeOf(search);
  setRequestLocale(locale);
  const callbackUrl = safeCallbackUrl(search.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("admin.login");
  const other = otherLocale(locale);
  const otherQuery = new URLSearchParams(
    Object.entries({ ...search, lang: other === DEFAULT_LOCALE ? "" : other }).filter(([, value]) => value) as [string, string][],
  ).toString();
  return (
    <main className="mx-auto flex w-full max-w-sm flex-1 flex-col justify-center gap-6 px-4 py-12">
      <p className="self-end text-sm">
        {/* A full page load (not a client navigation), so that the frame's <html lang> changes too. */}
        <a
          href={`/login${otherQuery ? `?${otherQuery}` : ""}`}
          lang={other}
          hrefLang={other}
          className="text-sky-800 underline dark:text-sky-300"
        >
          {t("otherLanguage")}
        </a>
      </p>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
      {search.signedOut === "everywhere" && <SavedNotice>{t("signedOutEverywhere")}</SavedNotice>}
      <LoginForm callbackUrl={callbackUrl} locale={locale} />
    </main>
  );
}
