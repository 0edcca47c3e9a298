"use client";
// The French of an entry that is never edited (a status change, a recorded value): each English
// text, as published, on the left, and its French version on the right (lang="fr-CA"), with the
// French titles of its evidence. Only the French is sent; a blank field means "not translated".
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextArea, TextField } from "@/components/forms";
import type { FormActionFn } from "@/lib/writes/action-result";

export type FrenchText = { name: string; label: string; english: string; saved: string | null; maxLength: number };
export type FrenchEvidence = { id: number; title: string; titleFr: string | null };

export function FrenchForm({
  action,
  hidden,
  texts,
  evidence,
  maxTitle,
}: {
  action: FormActionFn;
  hidden: Record<string, string | number>;
  texts: FrenchText[];
  evidence: FrenchEvidence[];
  maxTitle: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const t = useTranslations("adminPeople.french");
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={hidden}
      submit={<SubmitButton>{t("save")}</SubmitButton>}
      className="flex max-w-4xl flex-col gap-5"
    >
      {texts.map((text) => (
        <div key={text.name} className="grid gap-4 sm:grid-cols-2">
          <English label={text.label} text={text.english} />
          <TextArea
            name={text.name}
            label={t("inFrench", { label: text.label })}
            state={state}
            saved={text.saved ?? ""}
            rows={4}
            maxLength={text.maxLength}
            lang="fr-CA"
          />
        </div>
      ))}
      {evidence.map((item, index) => (
        <div key={item.id} className="grid gap-4 sm:grid-cols-2">
          <input type="hidden" name={`evidence.${index}.id`} value={item.id} />
          <English label={t("evidenceTitle", { n: index + 1 })} text={item.title} />
          <TextField
            name={`evidence.${index}.titleFr`}
            label={t("evidenceTitleFr", { n: index + 1 })}
            state={state}
            saved={item.titleFr ?? ""}
            maxLength={maxTitle}
            lang="fr-CA"
          />
        </div>
      ))}
    </ActionForm>
  );
}

/** The English original, as published (read-only). */
function English({ label, text }: { label: string; text: string }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="text-sm font-medium text-slate-800 dark:text-slate-200">{label}</p>
      <p
        lang="en-CA"
        className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 whitespace-pre-line dark:border-slate-700 dark:bg-slate-800"
      >
        {text}
      </p>
    </div>
  );
}
