"use client";
import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "@/components/forms";
import type { ActionResult } from "@/lib/writes/action-result";
import { LIMITS } from "@/lib/rules/limits";

type Prediction = {
  id: number;
  version: number;
  slug: string;
  title: string;
  claim: string;
  sourceId: number;
  horizonOn: Date | null;
  position: number;
};
type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export function PredictionForm({
  action,
  prediction,
  sources,
}: {
  action: Action;
  prediction?: Prediction;
  sources: { id: number; title: string }[];
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {prediction && (
        <>
          <input type="hidden" name="id" value={prediction.id} />
          <input type="hidden" name="version" value={prediction.version} />
        </>
      )}
      <TextField name="title" label="Title" state={state} saved={prediction?.title} maxLength={LIMITS.predictionTitle} required />
      <TextField
        name="slug"
        label="Slug"
        state={state}
        saved={prediction?.slug}
        maxLength={LIMITS.slug}
        required
        hint="Part of the public address: lower-case letters, digits and hyphens."
      />
      <TextArea
        name="claim"
        label="Claim"
        state={state}
        saved={prediction?.claim}
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
      <div>
        <SubmitButton>{prediction ? "Save prediction" : "Create prediction"}</SubmitButton>
      </div>
    </form>
  );
}
