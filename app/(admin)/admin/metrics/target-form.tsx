"use client";
// Adding a dated target to a metric, or editing one, and removing one entered by mistake. A target
// is part of its metric: each form carries the metric's version, so a stale form is refused.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm, BilingualField, SubmitButton, TextField } from "@/components/forms";
import { LIMITS } from "@/lib/rules/limits";
import type { MetricUnitKind } from "@/lib/rules/metrics";
import { toIsoDate } from "@/lib/text/dates";
import { createTargetAction, deleteTargetAction, updateTargetAction } from "./actions";
import { valueHintValues } from "./value-hint";

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
  const t = useTranslations("adminMetrics");
  const hidden = { metricId: metric.id, version: metric.version, ...(target ? { id: target.id } : {}) };
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={hidden}
      submit={<SubmitButton>{target ? t("targetForm.save") : t("targetForm.add")}</SubmitButton>}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="value"
          label={t("targetForm.value")}
          state={state}
          saved={target?.value}
          required
          hint={t("valueHint", valueHintValues(metric))}
        />
        <TextField
          name="dueOn"
          label={t("targetForm.dueOn")}
          type="date"
          state={state}
          saved={target && toIsoDate(target.dueOn)}
          required
          hint={t("targetForm.dueOnHint")}
        />
      </div>
      <BilingualField
        kind="target"
        field="label"
        record={target}
        label={t("targetForm.label")}
        state={state}
        required
        hint={t("targetForm.labelHint")}
      />
      <BilingualField
        kind="target"
        field="commitmentTitle"
        record={target}
        label={t("targetForm.commitment")}
        state={state}
        required
        hint={t("targetForm.commitmentHint")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="commitmentUrl"
          label={t("targetForm.commitmentUrl")}
          type="url"
          state={state}
          saved={target?.commitmentUrl}
          maxLength={LIMITS.url}
          required
        />
        <TextField
          name="committedOn"
          label={t("targetForm.committedOn")}
          type="date"
          state={state}
          saved={target && toIsoDate(target.committedOn)}
          required
          hint={t("targetForm.committedOnHint")}
        />
      </div>
    </ActionForm>
  );
}

export function RemoveTargetForm({ metric, targetId }: { metric: { id: number; version: number }; targetId: number }) {
  const [state, formAction] = useActionState(deleteTargetAction, null);
  const t = useTranslations("adminMetrics.targetForm");
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={{ metricId: metric.id, version: metric.version, id: targetId }}
      submit={<SubmitButton tone="danger">{t("remove")}</SubmitButton>}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("removeNote")}</p>
    </ActionForm>
  );
}
