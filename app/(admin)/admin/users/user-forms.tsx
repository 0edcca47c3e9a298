"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms";
import { OptionList } from "@/components/options";
import { createUserAction, endUserSessionsAction, liftLockoutAction, updateUserAction } from "./actions";
import { LIMITS } from "@/lib/rules/limits";

type User = { id: number; version: number; email: string; name: string; role: "ADMIN" | "EDITOR"; active: boolean };

export function CreateUserForm() {
  const [state, formAction] = useActionState(createUserAction, null);
  const t = useTranslations("adminPeople.userForms");
  const roleOptions = [
    { value: "EDITOR", label: t("roleEditorLong") },
    { value: "ADMIN", label: t("roleAdminLong") },
  ];
  return (
    <ActionForm state={state} action={formAction} submit={<SubmitButton>{t("create")}</SubmitButton>}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t("name")} state={state} maxLength={LIMITS.name} required />
        <TextField name="email" label={t("email")} type="email" state={state} maxLength={LIMITS.email} required autoComplete="off" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="role" label={t("role")} state={state} saved="EDITOR" options={roleOptions} />
        <TextField
          name="password"
          label={t("initialPassword")}
          type="password"
          state={state}
          required
          autoComplete="new-password"
          hint={t("passwordHint")}
        />
      </div>
    </ActionForm>
  );
}

/** One of an account's settings; an admin cannot change their own. */
function AccountSetting({
  id,
  label,
  name,
  value,
  disabled,
  options,
}: {
  id: string;
  label: string;
  name: string;
  value: string;
  disabled: boolean;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium" htmlFor={id}>
      {label}
      <select
        id={id}
        name={name}
        defaultValue={value}
        disabled={disabled}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
      >
        <OptionList options={options} />
      </select>
    </label>
  );
}

export function UpdateUserForm({ user, isSelf }: { user: User; isSelf: boolean }) {
  const [state, formAction] = useActionState(updateUserAction, null);
  const t = useTranslations("adminPeople.userForms");
  const prefix = `user-${user.id}`;
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label={t("accountOf", { name: user.name })} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <div className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
        <AccountSetting
          id={`${prefix}-role`}
          label={t("role")}
          name="role"
          value={user.role}
          disabled={isSelf}
          options={[
            { value: "EDITOR", label: t("editor") },
            { value: "ADMIN", label: t("admin") },
          ]}
        />
        <AccountSetting
          id={`${prefix}-active`}
          label={t("account")}
          name="active"
          value={String(user.active)}
          disabled={isSelf}
          options={[
            { value: "true", label: t("active") },
            { value: "false", label: t("deactivated") },
          ]}
        />
        {isSelf ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("self")}</p>
        ) : (
          <SubmitButton>{t("save", { name: user.name })}</SubmitButton>
        )}
      </div>
    </form>
  );
}

/** The account's open sessions, and a button to end them all (other browsers and devices too). */
export function EndSessionsForm({
  user,
  openSessions,
  isSelf,
}: {
  user: { id: number; name: string };
  openSessions: number;
  isSelf: boolean;
}) {
  const [state, formAction] = useActionState(endUserSessionsAction, null);
  const t = useTranslations("adminPeople.userForms");
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label={t("sessionsOf", { name: user.name })} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={user.id} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t("sessions", { count: openSessions, self: isSelf && openSessions > 0 ? "yes" : "no" })}
        </p>
        {openSessions > 0 && (
          <SubmitButton tone="secondary">
            {t.rich("endAll", { name: user.name, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}

export type LockoutRow = { kind: "email" | "ip"; key: string; failures: number; until: string };

/** Current sign-in lockouts, each with a button to lift it; one message for the whole list. */
export function Lockouts({ lockouts, windowMinutes }: { lockouts: LockoutRow[]; windowMinutes: number }) {
  const [state, formAction] = useActionState(liftLockoutAction, null);
  const t = useTranslations("adminPeople.userForms");
  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={state} />
      {lockouts.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("noLockouts")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
          {lockouts.map((lockout) => (
            <li
              key={`${lockout.kind}:${lockout.key}`}
              data-testid="lockout-row"
              className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
            >
              <div className="min-w-0">
                <p className="font-medium break-words">
                  {lockout.kind === "email"
                    ? lockout.key
                    : t.rich("address", {
                        key: lockout.key,
                        code: (chunks) => <code className="rounded bg-slate-100 px-1 font-normal dark:bg-slate-800">{chunks}</code>,
                      })}
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {t("failures", { failures: lockout.failures, minutes: windowMinutes, until: lockout.until })}
                </p>
              </div>
              <form action={formAction} noValidate>
                <input type="hidden" name="kind" value={lockout.kind} />
                <input type="hidden" name="key" value={lockout.key} />
                <SubmitButton tone="secondary">
                  {t.rich("lift", { key: lockout.key, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
