"use server";
import { createIndicator, updateIndicator } from "@/lib/predictions/indicators";
import { createIndicatorSchema, updateIndicatorSchema } from "@/lib/validation/indicator";
import { formAction } from "@/lib/writes/define-action";

export const createIndicatorAction = formAction({
  role: "editor",
  schema: createIndicatorSchema,
  write: (input, user) => createIndicator(input, user.id),
  done: { redirect: ({ id }) => `/admin/indicators/${id}?saved=indicator` },
});

export const updateIndicatorAction = formAction({
  role: "editor",
  schema: updateIndicatorSchema,
  write: ({ id, version, ...input }, user) => updateIndicator(id, version, input, user.id),
  done: { redirect: ({ id }) => `/admin/indicators/${id}?saved=indicator` },
});
