"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/forms";
import type { Locale } from "@/lib/i18n/locales";
import { login } from "./actions";

export function LoginForm({ callbackUrl, locale }: { callbackUrl: string; locale: Locale }) {
  const t = useTranslations("adminForms.login");
  const [state, formAction] = useActionState(login, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {/* The language of this form's messages: there is no account yet to say it (lib/writes/define-action.ts). */}
      <input type="hidden" name="lang" value={locale} />
      <TextField name="email" label={t("email")} type="email" autoComplete="username" state={state} required />
      <TextField name="password" label={t("password")} type="password" autoComplete="current-password" state={state} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
