"use server";
import { recordStatusChange } from "@/lib/status-changes/writes";
import { recordStatusChangeSchema } from "@/lib/validation/status-change";
import { formAction } from "@/lib/writes/define-action";

export const recordStatusChangeAction = formAction({
  role: "editor",
  schema: recordStatusChangeSchema,
  write: (input, user) => recordStatusChange(input, user.id),
  done: { redirect: (_result, input) => `/admin/indicators/${input.indicatorId}?saved=change` },
});
