"use client";
import { useActionState } from "react";
import { ActionForm, SubmitButton } from "@/components/forms";
import { NoteField } from "../../status-change-form";
import { retractStatusChangeAction } from "../actions";

export function RetractForm({ changeId, version }: { changeId: number; version: number }) {
  const [state, formAction] = useActionState(retractStatusChangeAction, null);
  return (
    <ActionForm
      state={state}
      action={formAction}
      hidden={{ changeId, version }}
      submit={<SubmitButton tone="danger">Retract entry #{changeId}</SubmitButton>}
    >
      <NoteField
        name="retractionNote"
        label="Retraction note (public)"
        state={state}
        hint="Why this entry should not have been published."
      />
    </ActionForm>
  );
}
