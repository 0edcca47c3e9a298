"use client";
// The evidence of a status change or a recorded value: one to MAX_EVIDENCE rows (URL, title and
// its French version, publisher, date, kind, quote in its own language) that the editor adds and removes, named evidence.<n>.<field>, with
// each field's message beside it. A refused form rebuilds the rows from what was submitted.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionForm, BilingualField, errorsOf, SelectField, SubmitButton, TextArea, TextField } from "@/components/forms";
import type { ActionResult, FormActionFn } from "@/lib/writes/action-result";
import { EVIDENCE_KINDS, MAX_EVIDENCE } from "@/lib/rules/evidence";
import { LIMITS } from "@/lib/rules/limits";

export type EvidenceRow = {
  url?: string;
  title?: string;
  titleFr?: string | null;
  publisher?: string;
  publishedOn?: string;
  quote?: string | null;
  kind?: string;
};

/** A form's outcome, counted: a new count draws the evidence rows anew from what was submitted. */
export type CountedState = (ActionResult & { submission: number }) | null;

/**
 * A form for an entry that stands on evidence (a status change, a value, or a correction of one):
 * the fields `children` draws, then the evidence rows, which a refused form redraws as submitted.
 */
export function EvidenceForm({
  action,
  hidden,
  submitLabel,
  evidence,
  children,
}: {
  action: FormActionFn;
  hidden: Record<string, string | number>;
  submitLabel: string;
  evidence?: EvidenceRow[];
  children: (state: CountedState) => React.ReactNode;
}) {
  // Counting submissions lets the evidence rows be rebuilt from what was just submitted.
  const [state, formAction] = useCountedActionState(action);
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={hidden}
      submit={<SubmitButton>{submitLabel}</SubmitButton>}
      className="flex max-w-3xl flex-col gap-5"
    >
      {children(state)}
      <EvidenceFields state={state} defaults={evidence} />
    </ActionForm>
  );
}

/** useActionState for a form with evidence rows: each outcome carries its submission's count. */
function useCountedActionState(action: FormActionFn) {
  return useActionState<CountedState, FormData>(
    async (previous, formData) => ({ ...(await action(previous, formData)), submission: (previous?.submission ?? 0) + 1 }),
    null,
  );
}

/**
 * The evidence rows and the message about evidence as a whole. `state` is the form's last outcome,
 * `defaults` the rows to start from when nothing was submitted yet.
 */
export function EvidenceFields({ state, defaults }: { state: CountedState; defaults?: EvidenceRow[] }) {
  const submitted = state && !state.ok ? (state.values?.evidence as EvidenceRow[] | undefined) : undefined;
  const evidenceError = errorsOf(state, "evidence");
  return (
    <>
      <EvidenceRows key={state?.submission ?? 0} initial={submitted ?? defaults ?? [{}]} state={state} />
      {evidenceError && (
        <p className="text-sm font-medium text-rose-700 dark:text-rose-300" role="alert">
          {evidenceError.join(" ")}
        </p>
      )}
    </>
  );
}

function EvidenceRows({ initial, state }: { initial: EvidenceRow[]; state: ActionResult | null }) {
  // The rows start from `initial` (already what was submitted); the state only supplies errors.
  const rowState = state && !state.ok ? { ...state, values: undefined } : null;
  const [rows, setRows] = useState(() => initial.map((row, index) => ({ key: index, row })));
  const [nextKey, setNextKey] = useState(initial.length);
  const t = useTranslations("adminForms.evidence");
  const kinds = useTranslations("labels.evidenceKind");
  const add = () => {
    setRows([...rows, { key: nextKey, row: {} }]);
    setNextKey(nextKey + 1);
  };
  return (
    <div className="flex flex-col gap-4" role="group" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      {rows.map(({ key, row }, index) => {
        const name = (field: string) => `evidence.${index}.${field}`;
        return (
          <fieldset
            key={key}
            className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
            data-testid="evidence-row"
          >
            <legend className="px-1 text-sm font-medium">{t("row", { n: index + 1 })}</legend>
            {rows.length > 1 && (
              <button
                type="button"
                onClick={() => setRows(rows.filter((r) => r.key !== key))}
                className="self-end text-sm text-rose-800 underline dark:text-rose-300"
              >
                {t("remove", { n: index + 1 })}
              </button>
            )}
            <TextField name={name("url")} label={t("url")} type="url" state={rowState} saved={row.url} maxLength={LIMITS.url} required />
            <BilingualField kind="evidence" field="title" prefix={name("")} record={row} label={t("title")} state={rowState} required />
            <div className="grid gap-3 sm:grid-cols-3">
              <TextField
                name={name("publisher")}
                label={t("publisher")}
                state={rowState}
                saved={row.publisher}
                maxLength={LIMITS.publisher}
                required
              />
              <TextField name={name("publishedOn")} label={t("published")} type="date" state={rowState} saved={row.publishedOn} required />
              <SelectField
                name={name("kind")}
                label={t("kind")}
                state={rowState}
                saved={row.kind ?? "OFFICIAL"}
                options={EVIDENCE_KINDS.map((kind) => ({ value: kind, label: kinds(kind) }))}
              />
            </div>
            <TextArea name={name("quote")} label={t("quote")} state={rowState} saved={row.quote ?? ""} rows={2} maxLength={LIMITS.quote} />
          </fieldset>
        );
      })}
      {rows.length < MAX_EVIDENCE && (
        <div>
          <button
            type="button"
            onClick={add}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t("add")}
          </button>
        </div>
      )}
    </div>
  );
}
