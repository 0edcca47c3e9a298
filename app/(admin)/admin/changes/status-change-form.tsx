"use client";
// The form for recording a status change and for correcting one: status, effective date, public
// summary, and one or more pieces of evidence (rows can be added and removed).
import { useTranslations } from "next-intl";
import { EvidenceForm, type EvidenceRow } from "@/components/evidence-fields";
import { BilingualField, SelectField, TextField } from "@/components/forms";
import type { ActionResult, FormActionFn } from "@/lib/writes/action-result";
import { STATUSES, type Status } from "@/lib/rules/status";

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
  const t = useTranslations("adminForms.statusChange");
  const statusLabels = useTranslations("labels.status");

  return (
    <EvidenceForm action={action} hidden={hidden} submitLabel={submitLabel} evidence={defaults.evidence}>
      {(state) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="toStatus"
              label={correction ? t("correctStatus") : t("newStatus")}
              state={state}
              saved={defaults.toStatus}
              hint={t("statusHint")}
              options={STATUSES.map((status) => ({ value: status, label: statusLabels(`${status}.label`) }))}
            />
            <TextField
              name="effectiveOn"
              label={t("effectiveOn")}
              type="date"
              state={state}
              saved={defaults.effectiveOn}
              required
              hint={t("effectiveHint")}
            />
          </div>
          <BilingualField
            kind="statusChange"
            field="summary"
            record={defaults}
            label={t("summary")}
            state={state}
            rows={5}
            required
            hint={t("summaryHint")}
          />
          {correction && (
            <NoteField kind="statusChange" name="correctionNote" label={t("correctionNote")} state={state} hint={t("correctionHint")} />
          )}
        </>
      )}
    </EvidenceForm>
  );
}

/** The public note of a correction or a retraction, in English and (optionally) French. */
export function NoteField({
  kind,
  name,
  label,
  state,
  hint,
}: {
  kind: "statusChange" | "observation";
  name: "correctionNote" | "retractionNote";
  label: string;
  state: ActionResult | null;
  hint: string;
}) {
  return <BilingualField kind={kind} field={name} label={label} state={state} rows={3} required hint={hint} />;
}
