"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextArea } from "@/components/forms";
import { retractStatusChangeAction } from "./actions";
import { LIMITS } from "@/lib/rules/limits";

export function RetractForm({ changeId, version }: { changeId: number; version: number }) {
  const [state, formAction] = useActionState(retractStatusChangeAction, null);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="changeId" value={changeId} />
      <input type="hidden" name="version" value={version} />
      <TextArea
        name="retractionNote"
        label="Retraction note (public)"
        state={state}
        rows={3}
        maxLength={LIMITS.retractionNote}
        required
        hint="Why this entry should not have been published."
      />
      <div>
        <SubmitButton tone="danger">Retract entry #{changeId}</SubmitButton>
      </div>
    </form>
  );
}
