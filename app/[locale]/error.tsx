"use client";
import { useTranslations } from "next-intl";

// Shown when a page fails to render (for example while the database is unreachable): a clear
// message and a way to retry, never a stack trace. Its strings come from the public layout's
// NextIntlClientProvider (errors.failed, the only messages public pages send to the browser).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.failed");
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <button type="button" onClick={reset} className="rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800">
          {t("retry")}
        </button>
      </p>
    </main>
  );
}
