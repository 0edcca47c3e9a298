"use client";
// The form that defines a metric of an indicator, or edits one: what is counted, in which unit,
// with how many decimals, and which way is better.
import { useTranslations } from "next-intl";
import { BilingualField, RecordForm, SelectField, SlugField, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";
import { LIMITS } from "@/lib/rules/limits";
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
          <BilingualField
            name="title"
            label={t("title")}
            state={state}
            saved={metric?.title}
            savedFr={metric?.titleFr}
            maxLength={LIMITS.metricTitle}
            required
            hint={t("titleHint")}
          />
          <SlugField state={state} saved={metric?.slug} />
          <BilingualField
            name="definition"
            label={t("definition")}
            state={state}
            saved={metric?.definition}
            savedFr={metric?.definitionFr}
            rows={4}
            maxLength={LIMITS.definition}
            required
            hint={t("definitionHint")}
          />
          <BilingualField
            name="unit"
            label={t("unit")}
            state={state}
            saved={metric?.unit}
            savedFr={metric?.unitFr}
            maxLength={LIMITS.unit}
            required
            hint={t("unitHint")}
          />
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
