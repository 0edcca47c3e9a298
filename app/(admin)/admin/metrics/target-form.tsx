"use client";
// Adding a dated target to a metric, or editing one, and removing one entered by mistake. A target
// is part of its metric: each form carries the metric's version, so a stale form is refused.
import { useActionState } from "react";
import { ActionForm, BilingualField, SubmitButton, TextField } from "@/components/forms";
import { LIMITS } from "@/lib/rules/limits";
import type { MetricUnitKind } from "@/lib/rules/metrics";
import { toIsoDate } from "@/lib/text/dates";
import { createTargetAction, deleteTargetAction, updateTargetAction } from "./actions";
import { valueHint } from "./value-hint";

type Metric = { id: number; version: number; unit: string; unitKind: MetricUnitKind; decimals: number };
type Target = {
  id: number;
  value: string;
  dueOn: Date;
  label: string;
  commitmentTitle: string;
  labelFr: string | null;
  commitmentTitleFr: string | null;
  commitmentUrl: string;
  committedOn: Date;
};

export function TargetForm({ metric, target }: { metric: Metric; target?: Target }) {
  const [state, formAction] = useActionState(target ? updateTargetAction : createTargetAction, null);
  const hidden = { metricId: metric.id, version: metric.version, ...(target ? { id: target.id } : {}) };
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={hidden}
      submit={<SubmitButton>{target ? "Save target" : "Add target"}</SubmitButton>}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="value" label="Target value" state={state} saved={target?.value} required hint={valueHint(metric)} />
        <TextField
          name="dueOn"
          label="Due date"
          type="date"
          state={state}
          saved={target && toIsoDate(target.dueOn)}
          required
          hint="When the target is to be reached."
        />
      </div>
      <BilingualField
        name="label"
        label="Label"
        state={state}
        saved={target?.label}
        savedFr={target?.labelFr}
        maxLength={LIMITS.targetLabel}
        required
        hint="Short, as the chart shows it: “Vilnius 2023”."
      />
      <BilingualField
        name="commitmentTitle"
        label="Commitment"
        state={state}
        saved={target?.commitmentTitle}
        savedFr={target?.commitmentTitleFr}
        maxLength={LIMITS.commitmentTitle}
        required
        hint="The document the target comes from: “Vilnius Summit Communiqué, paragraph 27”."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="commitmentUrl"
          label="Commitment URL"
          type="url"
          state={state}
          saved={target?.commitmentUrl}
          maxLength={LIMITS.url}
          required
        />
        <TextField
          name="committedOn"
          label="Commitment date"
          type="date"
          state={state}
          saved={target && toIsoDate(target.committedOn)}
          required
          hint="When the commitment was made; pace is measured from then."
        />
      </div>
    </ActionForm>
  );
}

export function RemoveTargetForm({ metric, targetId }: { metric: { id: number; version: number }; targetId: number }) {
  const [state, formAction] = useActionState(deleteTargetAction, null);
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={{ metricId: metric.id, version: metric.version, id: targetId }}
      submit={<SubmitButton tone="danger">Remove this target</SubmitButton>}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
        For a target entered by mistake. The audit log keeps what it was; the public pages no longer show it.
      </p>
    </ActionForm>
  );
}
