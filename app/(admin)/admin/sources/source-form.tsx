"use client";
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
  return (
    <RecordForm action={action} record={source} noun="source">
      {(state) => (
        <>
          <TextField name="title" label="Title" state={state} saved={source?.title} maxLength={LIMITS.sourceTitle} required />
          <TextField name="author" label="Author" state={state} saved={source?.author} maxLength={LIMITS.author} required />
          <TextField
            name="outlet"
            label="Outlet"
            state={state}
            saved={source?.outlet}
            maxLength={LIMITS.outlet}
            required
            hint="Publication and section, e.g. The Hill (opinion)."
          />
          <TextField name="url" label="URL" type="url" state={state} saved={source?.url} maxLength={LIMITS.url} required />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="publishedOn" label="Publication date" type="date" state={state} saved={source?.publishedOn} required />
            <SelectField
              name="publishedPrecision"
              label="Date known to the"
              state={state}
              saved={source?.publishedPrecision ?? "DAY"}
              hint="Record only what is known: “December 2025” is the 1st with Month."
              options={[
                { value: "DAY", label: "Day" },
                { value: "MONTH", label: "Month" },
                { value: "YEAR", label: "Year" },
              ]}
            />
          </div>
        </>
      )}
    </RecordForm>
  );
}
