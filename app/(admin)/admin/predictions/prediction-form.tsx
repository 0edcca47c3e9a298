"use client";
import { BilingualField, RecordForm, SelectField, SlugField, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";
import { LIMITS } from "@/lib/rules/limits";

type Prediction = {
  id: number;
  version: number;
  slug: string;
  title: string;
  claim: string;
  titleFr: string | null;
  claimFr: string | null;
  sourceId: number;
  horizonOn: Date | null;
  position: number;
};

export function PredictionForm({
  action,
  prediction,
  sources,
}: {
  action: FormActionFn;
  prediction?: Prediction;
  sources: { id: number; title: string }[];
}) {
  return (
    <RecordForm action={action} record={prediction} noun="prediction">
      {(state) => (
        <>
          <BilingualField
            name="title"
            label="Title"
            state={state}
            saved={prediction?.title}
            savedFr={prediction?.titleFr}
            maxLength={LIMITS.predictionTitle}
            required
          />
          <SlugField state={state} saved={prediction?.slug} />
          <BilingualField
            name="claim"
            label="Claim"
            state={state}
            saved={prediction?.claim}
            savedFr={prediction?.claimFr}
            rows={4}
            maxLength={LIMITS.claim}
            required
            hint="The prediction in a sentence or two, quoting the source sparingly and with attribution."
          />
          <SelectField
            name="sourceId"
            label="Source"
            state={state}
            saved={prediction?.sourceId ?? ""}
            required
            options={[
              { value: "", label: "Choose a source…" },
              ...sources.map((source) => ({ value: String(source.id), label: source.title })),
            ]}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="horizonOn"
              label="Horizon (optional)"
              type="date"
              state={state}
              saved={prediction?.horizonOn}
              hint="If every indicator is not Achieved by this date, the conditions have failed."
            />
            <TextField name="position" label="Order on the board" type="number" state={state} saved={prediction?.position ?? 0} />
          </div>
        </>
      )}
    </RecordForm>
  );
}
