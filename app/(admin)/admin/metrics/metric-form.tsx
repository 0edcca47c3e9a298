"use client";
// The form that defines a metric of an indicator, or edits one: what is counted, in which unit,
// with how many decimals, and which way is better.
import { useTranslations } from "next-intl";
import { BilingualField, RecordForm, SelectField, SlugField, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";
import { MAX_DECIMALS, MetricDirection, MetricUnitKind } from "@/lib/rules/metrics";

type Metric = {
  id: number;
  version: number;
  slug: string;
  title: string;
  definition: string;
  unit: string;
  titleFr: string | null;
  definitionFr: string | null;
  unitFr: string | null;
  unitKind: MetricUnitKind;
  decimals: number;
  direction: MetricDirection;
  position: number;
};

export function MetricForm({ action, indicatorId, metric }: { action: FormActionFn; indicatorId: number; metric?: Metric }) {
  const t = useTranslations("adminMetrics.metricForm");
  return (
    <RecordForm action={action} record={metric} noun="metric">
      {(state) => (
        <>
          <input type="hidden" name="indicatorId" value={indicatorId} />
          <BilingualField kind="metric" field="title" record={metric} label={t("title")} state={state} required hint={t("titleHint")} />
          <SlugField state={state} saved={metric?.slug} />
          <BilingualField
            kind="metric"
            field="definition"
            record={metric}
            label={t("definition")}
            state={state}
            rows={4}
            required
            hint={t("definitionHint")}
          />
          <BilingualField kind="metric" field="unit" record={metric} label={t("unit")} state={state} required hint={t("unitHint")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="unitKind"
              label={t("unitKind")}
              state={state}
              saved={metric?.unitKind ?? "PERCENT"}
              hint={t("unitKindHint")}
              options={Object.values(MetricUnitKind).map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))}
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField
              name="decimals"
              label={t("decimals")}
              type="number"
              state={state}
              saved={metric?.decimals ?? 1}
              required
              hint={t("decimalsHint", { max: MAX_DECIMALS })}
            />
            <SelectField
              name="direction"
              label={t("direction")}
              state={state}
              saved={metric?.direction ?? "HIGHER"}
              options={Object.values(MetricDirection).map((direction) => ({ value: direction, label: t(`directions.${direction}`) }))}
            />
            <TextField
              name="position"
              label={t("position")}
              type="number"
              state={state}
              saved={metric?.position ?? 0}
              hint={t("positionHint")}
            />
          </div>
        </>
      )}
    </RecordForm>
  );
}
