"use client";
import { useTranslations } from "next-intl";
import { BilingualField, RecordForm, SelectField, SlugField, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";

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
  const t = useTranslations("adminCatalog.indicatorForm");
  return (
    <RecordForm action={action} record={indicator} noun="indicator">
      {(state) => (
        <>
          <SelectField
            name="predictionId"
            label={t("prediction")}
            state={state}
            saved={indicator?.predictionId ?? predictionId ?? ""}
            required
            options={[{ value: "", label: t("choosePrediction") }, ...predictions.map((p) => ({ value: String(p.id), label: p.title }))]}
          />
          <BilingualField kind="indicator" field="title" record={indicator} label={t("title")} state={state} required />
          <SlugField state={state} saved={indicator?.slug} />
          <BilingualField
            kind="indicator"
            field="criteria"
            record={indicator}
            label={t("criteria")}
            state={state}
            rows={5}
            required
            hint={t("criteriaHint")}
          />
          <BilingualField kind="indicator" field="theme" record={indicator} label={t("theme")} state={state} required />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="targetOn" label={t("targetDate")} type="date" state={state} saved={indicator?.targetOn} />
            <TextField name="position" label={t("position")} type="number" state={state} saved={indicator?.position ?? 0} />
          </div>
        </>
      )}
    </RecordForm>
  );
}
