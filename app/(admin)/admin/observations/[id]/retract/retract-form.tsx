"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm, SubmitButton } from "@/components/forms";
import { NoteField } from "../../../changes/status-change-form";
import { retractObservationAction } from "../actions";

export function RetractObservationForm({ observationId, version }: { observationId: number; version: number }) {
  const [state, formAction] = useActionState(retractObservationAction, null);
  const t = useTranslations("adminMetrics.retractValueForm");
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={{ observationId, version }}
      submit={<SubmitButton tone="danger">{t("submit", { id: String(observationId) })}</SubmitButton>}
    >
      <NoteField kind="observation" name="retractionNote" label={t("note")} state={state} hint={t("hint")} />
    </ActionForm>
  );
}
