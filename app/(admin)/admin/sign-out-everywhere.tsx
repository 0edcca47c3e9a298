"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { signOutEverywhereAction } from "./actions";

// Beside "Sign out" in the admin's header: ends every session of this account (other browsers and
// devices, and this one), then the sign-in page says so. A refusal (e.g. the database is down) is
// shown next to the button.
export function SignOutEverywhere() {
  const [state, formAction] = useActionState(signOutEverywhereAction, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {state && !state.ok && (
        <p role="alert" data-testid="form-message" className="text-rose-700 dark:text-rose-300">
          {state.message}
        </p>
      )}
      <Button />
    </form>
  );
}

function Button() {
  const { pending } = useFormStatus();
  const t = useTranslations("adminForms.signOutEverywhere");
  return (
    <button
      type="submit"
      disabled={pending}
      title={t("title")}
      className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {pending ? t("pending") : t("button")}
    </button>
  );
}
