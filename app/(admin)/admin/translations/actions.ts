"use server";
import { translateObservation, translateStatusChange } from "@/lib/translations/writes";
import { translateObservationSchema, translateStatusChangeSchema } from "@/lib/validation/translation";
import { formAction } from "@/lib/writes/define-action";

// Adding the French of what is never edited (/admin/changes/<id>/french, /admin/observations/<id>/french):
// back to the translation queue, which no longer lists the entry once every text has its French.

export const translateStatusChangeAction = formAction({
  role: "editor",
  schema: translateStatusChangeSchema,
  write: (input, user) => translateStatusChange(input, user.id),
  done: { redirect: () => "/admin/translations?saved=french" },
});

export const translateObservationAction = formAction({
  role: "editor",
  schema: translateObservationSchema,
  write: (input, user) => translateObservation(input, user.id),
  done: { redirect: () => "/admin/translations?saved=french" },
});
