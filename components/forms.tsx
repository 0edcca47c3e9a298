"use client";
// Form pieces for the admin. Every field shows its error next to it (aria-describedby,
// aria-invalid), and takes its initial value from the last submission when the server refused it,
// so nothing typed is lost.
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { OptionList } from "@/components/options";
import { frenchField, TRANSLATED_LIMITS, type TranslatedField, type TranslatedKind } from "@/lib/i18n/content";
import type { ActionResult, FormActionFn } from "@/lib/writes/action-result";
import { LIMITS } from "@/lib/rules/limits";

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-sky-600 aria-invalid:border-rose-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

/** The value to show: what was just submitted, else the saved value. */
export function valueOf(state: ActionResult | null, name: string, saved: unknown = ""): string {
  const submitted = state && !state.ok ? lookup(state.values, name) : undefined;
  const value = submitted !== undefined ? submitted : saved;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? "" : String(value);
}

function lookup(values: unknown, name: string): unknown {
  return name
    .split(".")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), values);
}

export function errorsOf(state: ActionResult | null, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

type FieldProps = {
  name: string;
  label: string;
  state: ActionResult | null;
  saved?: unknown;
  hint?: string;
  required?: boolean;
  /** The language of what is typed, when it is not the page's (a French version: "fr-CA"). */
  lang?: string;
};

/** What a field's control carries: its name, the value to show, and what describes it (hint, errors). */
type ControlProps = {
  id: string;
  lang?: string;
  name: string;
  defaultValue: string;
  required?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  className: string;
};

/** A labelled field: its hint, the control drawn by `children`, and its errors. */
function Field({
  name,
  label,
  state,
  saved,
  hint,
  required,
  lang,
  children,
}: FieldProps & { children: (control: ControlProps) => React.ReactNode }) {
  const errors = errorsOf(state, name);
  const describedBy = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {children({
        id: name,
        lang,
        name,
        defaultValue: valueOf(state, name, saved),
        required,
        "aria-invalid": errors ? true : undefined,
        "aria-describedby": describedBy,
        className: inputClass,
      })}
      {errors && errors.length > 0 && (
        <p id={`${name}-error`} className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

export function TextField({
  type = "text",
  maxLength,
  autoComplete,
  placeholder,
  ...field
}: FieldProps & { type?: string; maxLength?: number; autoComplete?: string; placeholder?: string }) {
  return (
    <Field {...field}>
      {(control) => <input type={type} maxLength={maxLength} autoComplete={autoComplete} placeholder={placeholder} {...control} />}
    </Field>
  );
}

export function TextArea({ rows = 4, maxLength, ...field }: FieldProps & { rows?: number; maxLength?: number }) {
  return <Field {...field}>{(control) => <textarea rows={rows} maxLength={maxLength} {...control} />}</Field>;
}

/**
 * A text editors write in English and French (a field of TRANSLATED_FIELDS, lib/i18n/content.ts),
 * side by side: the English original on the left, its optional French version (`<field>Fr`, typed
 * in French: lang="fr-CA") on the right. Both are read from `record` and limited to the field's
 * TRANSLATED_LIMITS. `prefix` places them in a list: "evidence.0.".
 */
export function BilingualField<K extends TranslatedKind>({
  kind,
  field,
  record,
  prefix = "",
  label,
  state,
  rows,
  required,
  hint,
}: Omit<FieldProps, "name" | "saved" | "lang"> & {
  kind: K;
  field: TranslatedField<K>;
  record?: { [F in TranslatedField<K> | `${TranslatedField<K>}Fr`]?: string | null } | null;
  prefix?: string;
  rows?: number;
}) {
  const t = useTranslations("adminForms");
  const maxLength: number = (TRANSLATED_LIMITS[kind] as Record<string, number>)[field];
  const name = `${prefix}${field}`;
  const one = (props: FieldProps) =>
    rows ? <TextArea {...props} rows={rows} maxLength={maxLength} /> : <TextField {...props} maxLength={maxLength} />;
  return (
    <div className="grid gap-4 sm:grid-cols-2" data-testid={`bilingual-${name}`}>
      {one({ name, label, state, saved: record?.[field] ?? "", required, hint })}
      {one({
        name: frenchField(name),
        label: t("frenchVersion", { label }),
        state,
        saved: record?.[frenchField(field)] ?? "",
        lang: "fr-CA",
      })}
    </div>
  );
}

/** The slug of a prediction or an indicator: the last part of its public address. */
export function SlugField({ state, saved }: { state: ActionResult | null; saved?: string }) {
  const t = useTranslations("adminForms");
  return <TextField name="slug" label={t("slug")} state={state} saved={saved} maxLength={LIMITS.slug} required hint={t("slugHint")} />;
}

export function SelectField({ options, ...field }: FieldProps & { options: { value: string; label: string }[] }) {
  return (
    <Field {...field}>
      {/* React resets a form after its action, and a select returns to the option chosen when it
          was first drawn, whatever defaultValue says now: keyed on the value, a refused form's
          select is drawn anew with what the editor chose. */}
      {(control) => (
        <select key={control.defaultValue} {...control}>
          <OptionList options={options} />
        </select>
      )}
    </Field>
  );
}

const buttonTones = {
  primary: "bg-sky-700 text-white shadow-sm hover:bg-sky-800 focus-visible:outline-sky-700",
  danger: "bg-rose-700 text-white shadow-sm hover:bg-rose-800 focus-visible:outline-rose-700",
  // A lesser action beside a form's main one.
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 focus-visible:outline-sky-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
};

export function SubmitButton({ children, tone = "primary" }: { children: React.ReactNode; tone?: keyof typeof buttonTones }) {
  const { pending } = useFormStatus();
  const t = useTranslations("adminForms");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${buttonTones[tone]}`}
    >
      {pending ? t("saving") : children}
    </button>
  );
}

/** The form-level outcome: a refusal (with its reason, and what is wrong with the form as a whole) or a success message. */
export function FormMessage({ state }: { state: ActionResult | null }) {
  if (!state) return null;
  return (
    <div
      role={state.ok ? "status" : "alert"}
      data-testid="form-message"
      className={
        state.ok
          ? "rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100"
          : "rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
      }
    >
      {state.message}
      {/* What is wrong with the form as a whole (a field the server does not know: reload). */}
      {!state.ok && state.fieldErrors?._form && <span className="block">{state.fieldErrors._form.join(" ")}</span>}
    </div>
  );
}

/**
 * A form sent to a server action (`action`, from the caller's useActionState, whose `state` is the
 * last outcome): that outcome above the fields, the `hidden` values the action needs (ids, the
 * version the form was based on), and the submit button below.
 */
export function ActionForm({
  state,
  action,
  hidden = {},
  submit,
  className = "flex max-w-2xl flex-col gap-4",
  children,
}: {
  state: ActionResult | null;
  action: (formData: FormData) => void;
  hidden?: Record<string, string | number>;
  submit: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}) {
  const locale = useLocale();
  return (
    <form action={action} className={className} noValidate>
      <FormMessage state={state} />
      {/* The language of the answer when the server cannot tell who is asking (lib/writes/define-action.ts). */}
      <input type="hidden" name="lang" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div>{submit}</div>
    </form>
  );
}

/**
 * The form that creates a record, or edits `record` (its id, and the version the form was based
 * on, go with it); `noun` names the record on the button, `children` draws the fields given the
 * last outcome.
 */
export function RecordForm({
  action,
  record,
  noun,
  children,
}: {
  action: FormActionFn;
  record?: { id: number; version: number };
  /** What the form saves, named on its button in the admin's language (adminForms.save and .create). */
  noun: "prediction" | "indicator" | "source" | "metric";
  children: (state: ActionResult | null) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const t = useTranslations("adminForms");
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={record && { id: record.id, version: record.version }}
      submit={<SubmitButton>{record ? t("save", { noun }) : t("create", { noun })}</SubmitButton>}
    >
      {children(state)}
    </ActionForm>
  );
}
