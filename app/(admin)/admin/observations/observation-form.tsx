"use client";
// The form for recording a value of a metric and for correcting one: its period, stage, estimate
// flag, value, note, and one or more pieces of evidence. A value the metric does not accept, a
// period that does not parse or a revision without its note comes back with the message beside
// its field and everything typed (evidence rows included) kept.
import { useTranslations } from "next-intl";
import { EvidenceForm, type CountedState, type EvidenceRow } from "@/components/evidence-fields";
import { BilingualField, errorsOf, TextField, valueOf } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";
import { STAGES, type MetricUnitKind, type ObservationStage } from "@/lib/rules/metrics";
import { NoteField } from "../changes/status-change-form";
import { valueHintValues } from "../metrics/value-hint";

export type ObservationDefaults = {
  period?: string;
  stage?: ObservationStage;
  estimate?: boolean;
  value?: string;
  note?: string | null;
  noteFr?: string | null;
  evidence?: EvidenceRow[];
};

export function ObservationForm({
  action,
  hidden,
  metric,
  defaults = {},
  correction = false,
  submitLabel,
}: {
  action: FormActionFn;
  hidden: Record<string, string | number>;
  metric: { unit: string; unitKind: MetricUnitKind; decimals: number };
  defaults?: ObservationDefaults;
  correction?: boolean;
  submitLabel: string;
}) {
  const t = useTranslations("adminMetrics");
  return (
    <EvidenceForm action={action} hidden={hidden} submitLabel={submitLabel} evidence={defaults.evidence}>
      {(state) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="period"
              label={t("observationForm.period")}
              state={state}
              saved={defaults.period}
              maxLength={20}
              required
              hint={t("observationForm.periodHint")}
            />
            <TextField
              name="value"
              label={t("observationForm.value")}
              state={state}
              saved={defaults.value}
              maxLength={40}
              required
              hint={t("valueHint", valueHintValues(metric))}
            />
          </div>
          <StageField state={state} saved={defaults.stage ?? "DELIVERED"} />
          <EstimateField state={state} saved={defaults.estimate ?? false} />
          <BilingualField
            kind="observation"
            field="note"
            record={defaults}
            label={correction ? t("observationForm.noteOptional") : t("observationForm.noteRequired")}
            state={state}
            rows={3}
            hint={correction ? t("observationForm.noteHintCorrection") : t("observationForm.noteHint")}
          />
          {correction && (
            <NoteField
              kind="observation"
              name="correctionNote"
              label={t("observationForm.correctionNote")}
              state={state}
              hint={t("observationForm.correctionHint")}
            />
          )}
        </>
      )}
    </EvidenceForm>
  );
}

/** The stage, as radio buttons with what each stage means. */
function StageField({ state, saved }: { state: CountedState; saved: ObservationStage }) {
  const errors = errorsOf(state, "stage");
  const chosen = valueOf(state, "stage", saved);
  const t = useTranslations("adminMetrics.observationForm");
  const stages = useTranslations("labels.stage");
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={errors ? "stage-error" : undefined}
      // Drawn anew after each submission, so the radios show what was submitted (see SelectField).
      key={`${state?.submission ?? 0}-${chosen}`}
    >
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{t("stage")}</legend>
      {STAGES.map((stage) => (
        <label key={stage} className="flex items-start gap-2 text-sm">
          <input type="radio" name="stage" value={stage} defaultChecked={chosen === stage} className="mt-1 size-4" />
          <span>
            <span className="font-medium">{stages(`${stage}.label`)}</span>
            <span className="text-slate-600 dark:text-slate-400">
              {t("stageDefinition", { definition: stages(`${stage}.definition`) })}
            </span>
          </span>
        </label>
      ))}
      {errors && (
        <p id="stage-error" className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {errors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** The estimate flag: a provisional figure, as sources mark their latest year. */
function EstimateField({ state, saved }: { state: CountedState; saved: boolean }) {
  const submitted = state && !state.ok ? valueOf(state, "estimate") : undefined;
  const t = useTranslations("adminMetrics.observationForm");
  const checked = submitted !== undefined ? submitted === "on" || submitted === "true" : saved;
  return (
    <div className="flex items-start gap-2 text-sm" key={`${state?.submission ?? 0}-${checked}`}>
      <input
        type="checkbox"
        id="estimate"
        name="estimate"
        defaultChecked={checked}
        aria-describedby="estimate-hint"
        className="mt-1 size-4"
      />
      <div>
        <label htmlFor="estimate" className="font-medium">
          {t("estimate")}
        </label>
        <p id="estimate-hint" className="text-xs text-slate-600 dark:text-slate-400">
          {t("estimateHint")}
        </p>
      </div>
    </div>
  );
}
