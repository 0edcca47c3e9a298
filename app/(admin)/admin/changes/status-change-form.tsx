"use client";
// The form for recording a status change and for correcting one: status, effective date, public
// summary, and one or more pieces of evidence (rows can be added and removed).
import { EvidenceFields, useCountedActionState, type EvidenceRow } from "@/components/evidence-fields";
import { ActionForm, BilingualField, SelectField, SubmitButton, TextField } from "@/components/forms";
import type { ActionResult, FormActionFn } from "@/lib/writes/action-result";
import { STATUSES, STATUS_INFO, type Status } from "@/lib/rules/status";
import { LIMITS } from "@/lib/rules/limits";

export type StatusChangeDefaults = {
  toStatus: Status;
  effectiveOn: string;
  summary?: string;
  summaryFr?: string | null;
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
  const [state, formAction] = useCountedActionState(action);

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
      <BilingualField
        name="summary"
        label="Public summary"
        state={state}
        saved={defaults.summary}
        savedFr={defaults.summaryFr}
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
      <EvidenceFields state={state} defaults={defaults.evidence} />
    </ActionForm>
  );
}

/** The public note of a correction or a retraction, in English and (optionally) French. */
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
  return <BilingualField name={name} label={label} state={state} rows={3} maxLength={LIMITS[name]} required hint={hint} />;
}
