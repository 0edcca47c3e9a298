"use client";
// The form for recording a status change and for correcting one: status, effective date, public
// summary, and one or more pieces of evidence (rows can be added and removed).
import { useActionState, useState } from "react";
import { ActionForm, errorsOf, SelectField, SubmitButton, TextArea, TextField } from "@/components/forms";
import type { ActionResult, FormActionFn } from "@/lib/writes/action-result";
import { STATUSES, STATUS_INFO, type Status } from "@/lib/rules/status";
import { EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, MAX_EVIDENCE } from "@/lib/rules/evidence";
import { LIMITS } from "@/lib/rules/limits";

type EvidenceRow = { url?: string; title?: string; publisher?: string; publishedOn?: string; quote?: string | null; kind?: string };
type State = (ActionResult & { submission: number }) | null;

export type StatusChangeDefaults = {
  toStatus: Status;
  effectiveOn: string;
  summary?: string;
  evidence?: EvidenceRow[];
};

export function StatusChangeForm({
  action,
  hidden,
  defaults,
  correction = false,
  submitLabel,
}: {
  action: FormActionFn;
  hidden: Record<string, string | number>;
  defaults: StatusChangeDefaults;
  correction?: boolean;
  submitLabel: string;
}) {
  // Counting submissions lets the evidence rows be rebuilt from what was just submitted.
  const [state, formAction] = useActionState<State, FormData>(
    async (previous, formData) => ({ ...(await action(previous, formData)), submission: (previous?.submission ?? 0) + 1 }),
    null,
  );
  const submittedEvidence = state && !state.ok ? (state.values?.evidence as EvidenceRow[] | undefined) : undefined;
  const evidenceError = errorsOf(state, "evidence");

  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={hidden}
      submit={<SubmitButton>{submitLabel}</SubmitButton>}
      className="flex max-w-3xl flex-col gap-5"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="toStatus"
          label={correction ? "Correct status" : "New status"}
          state={state}
          saved={defaults.toStatus}
          hint="Choose the current status again to add evidence without changing it."
          options={STATUSES.map((status) => ({ value: status, label: STATUS_INFO[status].label }))}
        />
        <TextField
          name="effectiveOn"
          label="Effective date"
          type="date"
          state={state}
          saved={defaults.effectiveOn}
          required
          hint="When the change happened, not when it is recorded."
        />
      </div>
      <TextArea
        name="summary"
        label="Public summary"
        state={state}
        saved={defaults.summary}
        rows={5}
        maxLength={LIMITS.summary}
        required
        hint="What happened and why it moves the status. Plain text, or **bold**, _italic_, [links](https://…) and “- ” lists."
      />
      {correction && (
        <NoteField
          name="correctionNote"
          label="Correction note (public)"
          state={state}
          hint="What was wrong in the original entry: a fact, a date or the status."
        />
      )}
      <EvidenceRows key={state?.submission ?? 0} initial={submittedEvidence ?? defaults.evidence ?? [{}]} state={state} />
      {evidenceError && (
        <p className="text-sm font-medium text-rose-700 dark:text-rose-300" role="alert">
          {evidenceError.join(" ")}
        </p>
      )}
    </ActionForm>
  );
}

/** The public note of a correction or a retraction. */
export function NoteField({
  name,
  label,
  state,
  hint,
}: {
  name: "correctionNote" | "retractionNote";
  label: string;
  state: ActionResult | null;
  hint: string;
}) {
  return <TextArea name={name} label={label} state={state} rows={3} maxLength={LIMITS[name]} required hint={hint} />;
}

function EvidenceRows({ initial, state }: { initial: EvidenceRow[]; state: ActionResult | null }) {
  // The rows start from `initial` (already what was submitted); the state only supplies errors.
  const rowState = state && !state.ok ? { ...state, values: undefined } : null;
  const [rows, setRows] = useState(() => initial.map((row, index) => ({ key: index, row })));
  const [nextKey, setNextKey] = useState(initial.length);
  const add = () => {
    setRows([...rows, { key: nextKey, row: {} }]);
    setNextKey(nextKey + 1);
  };
  return (
    <div className="flex flex-col gap-4" role="group" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading" className="text-base font-semibold">
        Evidence
      </h2>
      {rows.map(({ key, row }, index) => {
        const name = (field: string) => `evidence.${index}.${field}`;
        return (
          <fieldset
            key={key}
            className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
            data-testid="evidence-row"
          >
            <legend className="px-1 text-sm font-medium">Evidence {index + 1}</legend>
            {rows.length > 1 && (
              <button
                type="button"
                onClick={() => setRows(rows.filter((r) => r.key !== key))}
                className="self-end text-sm text-rose-800 underline dark:text-rose-300"
              >
                Remove evidence {index + 1}
              </button>
            )}
            <TextField name={name("url")} label="URL" type="url" state={rowState} saved={row.url} maxLength={LIMITS.url} required />
            <TextField name={name("title")} label="Title" state={rowState} saved={row.title} maxLength={LIMITS.evidenceTitle} required />
            <div className="grid gap-3 sm:grid-cols-3">
              <TextField
                name={name("publisher")}
                label="Publisher"
                state={rowState}
                saved={row.publisher}
                maxLength={LIMITS.publisher}
                required
              />
              <TextField name={name("publishedOn")} label="Published" type="date" state={rowState} saved={row.publishedOn} required />
              <SelectField
                name={name("kind")}
                label="Kind"
                state={rowState}
                saved={row.kind ?? "OFFICIAL"}
                options={EVIDENCE_KINDS.map((kind) => ({ value: kind, label: EVIDENCE_KIND_LABELS[kind] }))}
              />
            </div>
            <TextArea
              name={name("quote")}
              label="Short quote (optional)"
              state={rowState}
              saved={row.quote ?? ""}
              rows={2}
              maxLength={LIMITS.quote}
            />
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
            Add evidence
          </button>
        </div>
      )}
    </div>
  );
}
