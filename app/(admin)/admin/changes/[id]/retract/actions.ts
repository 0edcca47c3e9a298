"use server";
import { retractStatusChange } from "@/lib/status-changes/writes";
import { retractStatusChangeSchema } from "@/lib/validation/status-change";
import { formAction } from "@/lib/writes/define-action";

export const retractStatusChangeAction = formAction({
  role: "admin",
  schema: retractStatusChangeSchema,
  write: (input, user) => retractStatusChange(input, user.id),
  done: { redirect: ({ indicator }) => `/admin/indicators/${indicator.id}?saved=retraction` },
});
