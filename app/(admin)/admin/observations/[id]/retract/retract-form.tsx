"use client";
import { useActionState } from "react";
import { ActionForm, SubmitButton } from "@/components/forms";
import { NoteField } from "../../../changes/status-change-form";
import { retractObservationAction } from "../actions";

export function RetractObservationForm({ observationId, version }: { observationId: number; version: number }) {
  const [state, formAction] = useActionState(retractObservationAction, null);
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={{ observationId, version }}
      submit={<SubmitButton tone="danger">Retract value #{observationId}</SubmitButton>}
    >
      <NoteField
        name="retractionNote"
        label="Retraction note (public)"
        state={state}
        hint="Why this value should not have been published."
      />
    </ActionForm>
  );
}
