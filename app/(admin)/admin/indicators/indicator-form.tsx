"use client";
import { BilingualField, RecordForm, SelectField, SlugField, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";
import { LIMITS } from "@/lib/rules/limits";

type Indicator = {
  id: number;
  version: number;
  predictionId: number;
  slug: string;
  title: string;
  criteria: string;
  theme: string;
  titleFr: string | null;
  criteriaFr: string | null;
  themeFr: string | null;
  targetOn: Date | null;
  position: number;
};

export function IndicatorForm({
  action,
  indicator,
  predictions,
  predictionId,
}: {
  action: FormActionFn;
  indicator?: Indicator;
  predictions: { id: number; title: string }[];
  predictionId?: number;
}) {
  return (
    <RecordForm action={action} record={indicator} noun="indicator">
      {(state) => (
        <>
          <SelectField
            name="predictionId"
            label="Prediction"
            state={state}
            saved={indicator?.predictionId ?? predictionId ?? ""}
            required
            options={[{ value: "", label: "Choose a prediction…" }, ...predictions.map((p) => ({ value: String(p.id), label: p.title }))]}
          />
          <BilingualField
            name="title"
            label="Title"
            state={state}
            saved={indicator?.title}
            savedFr={indicator?.titleFr}
            maxLength={LIMITS.indicatorTitle}
            required
          />
          <SlugField state={state} saved={indicator?.slug} />
          <BilingualField
            name="criteria"
            label="What counts as achieved"
            state={state}
            saved={indicator?.criteria}
            savedFr={indicator?.criteriaFr}
            rows={5}
            maxLength={LIMITS.criteria}
            required
            hint="Fixed up front, in the source’s own terms where possible; it cannot change once the indicator has been rated."
          />
          <BilingualField
            name="theme"
            label="Theme"
            state={state}
            saved={indicator?.theme}
            savedFr={indicator?.themeFr}
            maxLength={LIMITS.theme}
            required
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="targetOn" label="Target date (optional)" type="date" state={state} saved={indicator?.targetOn} />
            <TextField name="position" label="Order" type="number" state={state} saved={indicator?.position ?? 0} />
          </div>
        </>
      )}
    </RecordForm>
  );
}
