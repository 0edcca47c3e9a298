"use client";
import { useTranslations } from "next-intl";
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
          <BilingualField
            name="title"
            label={t("title")}
            state={state}
            saved={indicator?.title}
            savedFr={indicator?.titleFr}
            maxLength={LIMITS.indicatorTitle}
            required
          />
          <SlugField state={state} saved={indicator?.slug} />
          <BilingualField
            name="criteria"
            label={t("criteria")}
            state={state}
            saved={indicator?.criteria}
            savedFr={indicator?.criteriaFr}
            rows={5}
            maxLength={LIMITS.criteria}
            required
            hint={t("criteriaHint")}
          />
          <BilingualField
            name="theme"
            label={t("theme")}
            state={state}
            saved={indicator?.theme}
            savedFr={indicator?.themeFr}
            maxLength={LIMITS.theme}
            required
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="targetOn" label={t("targetDate")} type="date" state={state} saved={indicator?.targetOn} />
            <TextField name="position" label={t("position")} type="number" state={state} saved={indicator?.position ?? 0} />
          </div>
        </>
      )}
    </RecordForm>
  );
}
