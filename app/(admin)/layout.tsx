import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { IconSprite } from "@/components/icons";
import { SkipLink } from "@/components/skip-link";
import { ADMIN_CLIENT_NAMESPACES, adminLocale } from "@/lib/i18n/admin-locale";
import { localePath } from "@/lib/i18n/locales";

// The frame of /login and /admin/*: plain, with a way back to the public site, in the admin's
// language (the editor's own choice, lib/i18n/admin-locale.ts). Its client components (the forms)
// get the admin's form strings only, never the whole dictionaries.
export default async function AdminFrame({ children }: { children: React.ReactNode }) {
  const locale = await adminLocale();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("admin.frame"), getMessages()]);
  const clientMessages = Object.fromEntries(ADMIN_CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <IconSprite />
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          <div className="flex min-h-dvh flex-col">
            <SkipLink label={t("skip")} />
            <header className="border-b border-slate-800 bg-slate-900 text-white">
              <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
                <Link href="/admin" className="font-bold tracking-tight">
                  {t("brand")} <span className="font-normal text-slate-300">{t("editors")}</span>
                </Link>
                {/* Another root layout: a full page load in any case, so no prefetch (of the French board's
                    RSC payload, which the public pipeline answers 503 when not rendered yet). */}
                <a href={localePath(locale, "/")} className="text-sm text-slate-300 underline-offset-2 hover:text-white hover:underline">
                  {t("publicSite")}
                </a>
              </div>
            </header>
            <div id="main" className="flex flex-1 flex-col">
              {children}
            </div>
          </div>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
