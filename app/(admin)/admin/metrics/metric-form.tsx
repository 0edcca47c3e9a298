"use client";
// The form that defines a metric of an indicator, or edits one: what is counted, in which unit,
// with how many decimals, and which way is better.
import { BilingualField, RecordForm, SelectField, SlugField, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";
import { LIMITS } from "@/lib/rules/limits";
import { DIRECTION_LABELS, MAX_DECIMALS, MetricDirection, MetricUnitKind, UNIT_KIND_LABELS } from "@/lib/rules/metrics";

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
  return (
    <RecordForm action={action} record={metric} noun="metric">
      {(state) => (
        <>
          <input type="hidden" name="indicatorId" value={indicatorId} />
          <BilingualField
            name="title"
            label="Title"
            state={state}
            saved={metric?.title}
            savedFr={metric?.titleFr}
            maxLength={LIMITS.metricTitle}
            required
            hint="What is measured, as readers will see it: “Defence expenditure, share of GDP”."
          />
          <SlugField state={state} saved={metric?.slug} />
          <BilingualField
            name="definition"
            label="Definition"
            state={state}
            saved={metric?.definition}
            savedFr={metric?.definitionFr}
            rows={4}
            maxLength={LIMITS.definition}
            required
            hint="What is counted, by whom, and how: the source’s own definition where there is one."
          />
          <BilingualField
            name="unit"
            label="Unit"
            state={state}
            saved={metric?.unit}
            savedFr={metric?.unitFr}
            maxLength={LIMITS.unit}
            required
            hint="Shown after each value: “% of GDP”, “CAD billions (2024 dollars)”, “ships”."
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="unitKind"
              label="Kind of unit"
              state={state}
              saved={metric?.unitKind ?? "PERCENT"}
              hint="A percentage’s values must lie between 0 and 100."
              options={Object.values(MetricUnitKind).map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }))}
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField
              name="decimals"
              label="Decimals"
              type="number"
              state={state}
              saved={metric?.decimals ?? 1}
              required
              hint={`Digits after the point, 0 to ${MAX_DECIMALS}; values may not have more.`}
            />
            <SelectField
              name="direction"
              label="Which way is better"
              state={state}
              saved={metric?.direction ?? "HIGHER"}
              options={Object.values(MetricDirection).map((direction) => ({ value: direction, label: DIRECTION_LABELS[direction] }))}
            />
            <TextField
              name="position"
              label="Order"
              type="number"
              state={state}
              saved={metric?.position ?? 0}
              hint="Lower numbers come first on the indicator’s page."
            />
          </div>
        </>
      )}
    </RecordForm>
  );
}
