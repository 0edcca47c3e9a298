import { useTranslations } from "next-intl";
import { LanguageSwitch } from "@/components/language-switch";
import { SkipLink } from "@/components/skip-link";
import { Link } from "@/i18n/navigation";
import { WORDMARK } from "@/lib/i18n/locales";

// The public site's frame: skip link, header with the main navigation and the language switch,
// and footer. Used by the public layout (app/[locale]/layout.tsx), in the language of the page.

const navLink = "text-slate-700 hover:text-slate-950 hover:underline dark:text-slate-300 dark:hover:text-white";

export function SiteFrame({ children }: { children: React.ReactNode }) {
  const t = useTranslations("frame");
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink label={t("skipToContent")} />
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
          <Link href="/" className="text-xl font-bold tracking-tight text-slate-900 dark:text-white">
            {WORDMARK[0]}
            <span className="text-sky-700 dark:text-sky-400">{WORDMARK[1]}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-5">
            <nav aria-label={t("mainNavigation")}>
              <ul className="flex gap-5 text-sm font-medium">
                <li>
                  <Link href="/" className={navLink}>
                    {t("board")}
                  </Link>
                </li>
                <li>
                  <Link href="/data" className={navLink}>
                    {t("openData")}
                  </Link>
                </li>
                <li>
                  <Link href="/methodology" className={navLink}>
                    {t("methodology")}
                  </Link>
                </li>
              </ul>
            </nav>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        <div className="mx-auto max-w-6xl px-4">
          {t("footer")}{" "}
          <Link href="/methodology" className="underline underline-offset-2">
            {t("howWeRate")}
          </Link>
          .
        </div>
      </footer>
    </div>
  );
}
