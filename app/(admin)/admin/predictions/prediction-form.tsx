"use client";
import { useTranslations } from "next-intl";
import { BilingualField, RecordForm, SelectField, SlugField, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";

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
  const t = useTranslations("adminCatalog.predictionForm");
  return (
    <RecordForm action={action} record={prediction} noun="prediction">
      {(state) => (
        <>
          <BilingualField kind="prediction" field="title" record={prediction} label={t("title")} state={state} required />
          <SlugField state={state} saved={prediction?.slug} />
          <BilingualField
            kind="prediction"
            field="claim"
            record={prediction}
            label={t("claim")}
            state={state}
            rows={4}
            required
            hint={t("claimHint")}
          />
          <SelectField
            name="sourceId"
            label={t("source")}
            state={state}
            saved={prediction?.sourceId ?? ""}
            required
            options={[
              { value: "", label: t("chooseSource") },
              ...sources.map((source) => ({ value: String(source.id), label: source.title })),
            ]}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="horizonOn"
              label={t("horizon")}
              type="date"
              state={state}
              saved={prediction?.horizonOn}
              hint={t("horizonHint")}
            />
            <TextField name="position" label={t("position")} type="number" state={state} saved={prediction?.position ?? 0} />
          </div>
        </>
      )}
    </RecordForm>
  );
}
