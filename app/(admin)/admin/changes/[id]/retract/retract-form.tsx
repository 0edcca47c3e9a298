"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm, SubmitButton } from "@/components/forms";
import { NoteField } from "../../status-change-form";
import { retractStatusChangeAction } from "../actions";

export function RetractForm({ changeId, version }: { changeId: number; version: number }) {
  const [state, formAction] = useActionState(retractStatusChangeAction, null);
  const t = useTranslations("adminMetrics.retractChangeForm");
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={{ changeId, version }}
      submit={<SubmitButton tone="danger">{t("submit", { id: String(changeId) })}</SubmitButton>}
    >
      <NoteField kind="statusChange" name="retractionNote" label={t("note")} state={state} hint={t("hint")} />
    </ActionForm>
  );
}
