"use client";
import { useTranslations } from "next-intl";
import { RecordForm, SelectField, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";
import { LIMITS } from "@/lib/rules/limits";

type Source = {
  id: number;
  version: number;
  title: string;
  author: string;
  outlet: string;
  url: string;
  publishedOn: Date;
  publishedPrecision: string;
};

export function SourceForm({ action, source }: { action: FormActionFn; source?: Source }) {
  const t = useTranslations("adminCatalog.sourceForm");
  return (
    <RecordForm action={action} record={source} noun="source">
      {(state) => (
        <>
          <TextField name="title" label={t("title")} state={state} saved={source?.title} maxLength={LIMITS.sourceTitle} required />
          <TextField name="author" label={t("author")} state={state} saved={source?.author} maxLength={LIMITS.author} required />
          <TextField
            name="outlet"
            label={t("outlet")}
            state={state}
            saved={source?.outlet}
            maxLength={LIMITS.outlet}
            required
            hint={t("outletHint")}
          />
          <TextField name="url" label={t("url")} type="url" state={state} saved={source?.url} maxLength={LIMITS.url} required />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="publishedOn" label={t("publishedOn")} type="date" state={state} saved={source?.publishedOn} required />
            <SelectField
              name="publishedPrecision"
              label={t("precision")}
              state={state}
              saved={source?.publishedPrecision ?? "DAY"}
              hint={t("precisionHint")}
              options={[
                { value: "DAY", label: t("day") },
                { value: "MONTH", label: t("month") },
                { value: "YEAR", label: t("year") },
              ]}
            />
          </div>
        </>
      )}
    </RecordForm>
  );
}
