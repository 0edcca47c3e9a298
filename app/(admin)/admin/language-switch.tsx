"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { otherLocale, type Locale } from "@/lib/i18n/locales";
import { setLocaleAction } from "./actions";

// In the admin's header: the other language, as a form to the server action that saves it as the
// signed-in editor's own choice and comes back to this page (a plain form post without JavaScript).
export function LanguageSwitch() {
  const t = useTranslations("adminForms.language");
  const [state, formAction] = useActionState(setLocaleAction, null);
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const other = otherLocale(useLocale() as Locale);
  return (
    <form action={formAction} className="flex items-center gap-2" aria-label={t("label")}>
      {state && !state.ok && (
        <p role="alert" data-testid="form-message" className="text-rose-700 dark:text-rose-300">
          {state.message}
        </p>
      )}
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />
      <button
        type="submit"
        lang={other}
        className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
