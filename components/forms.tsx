"use client";
// Form pieces for the admin. Every field shows its error next to it (aria-describedby,
// aria-invalid), and takes its initial value from the last submission when the server refused it,
// so nothing typed is lost.
import { useFormStatus } from "react-dom";
import type { ActionResult } from "@/lib/writes/action-result";

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
};

function FieldShell({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: React.ReactNode;
}) {
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
      {children}
      {errors && errors.length > 0 && (
        <p id={`${name}-error`} className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

function describedBy(name: string, hint?: string, errors?: string[]) {
  return [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  name,
  label,
  state,
  saved,
  hint,
  required,
  type = "text",
  maxLength,
  ...rest
}: FieldProps & { type?: string; maxLength?: number; autoComplete?: string; placeholder?: string }) {
  const errors = errorsOf(state, name);
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors}>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={valueOf(state, name, saved)}
        required={required}
        maxLength={maxLength}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={inputClass}
        {...rest}
      />
    </FieldShell>
  );
}

export function TextArea({
  name,
  label,
  state,
  saved,
  hint,
  required,
  rows = 4,
  maxLength,
}: FieldProps & { rows?: number; maxLength?: number }) {
  const errors = errorsOf(state, name);
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors}>
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={valueOf(state, name, saved)}
        required={required}
        maxLength={maxLength}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  state,
  saved,
  hint,
  required,
  options,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const errors = errorsOf(state, name);
  const value = valueOf(state, name, saved);
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors}>
      {/* React resets a form after its action, and a select returns to the option chosen when it
          was first drawn, whatever defaultValue says now: keyed on the value, a refused form's
          select is drawn anew with what the editor chose. */}
      <select
        key={value}
        id={name}
        name={name}
        defaultValue={value}
        required={required}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
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
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${buttonTones[tone]}`}
    >
      {pending ? "Saving…" : children}
    </button>
  );
}

/** The form-level outcome: a refusal (with its reason) or a success message. */
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
    </div>
  );
}
