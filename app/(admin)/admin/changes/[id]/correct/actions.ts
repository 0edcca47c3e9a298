"use server";
import { correctStatusChange } from "@/lib/status-changes/writes";
import { correctStatusChangeSchema } from "@/lib/validation/status-change";
import { formAction } from "@/lib/writes/define-action";

export const correctStatusChangeAction = formAction({
  role: "editor",
  schema: correctStatusChangeSchema,
  write: (input, user) => correctStatusChange(input, user.id),
  done: { redirect: ({ indicator }) => `/admin/indicators/${indicator.id}?saved=correction` },
});
