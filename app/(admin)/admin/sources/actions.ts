"use server";
import { createSource, updateSource } from "@/lib/predictions/sources";
import { createSourceSchema, updateSourceSchema } from "@/lib/validation/source";
import { formAction } from "@/lib/writes/define-action";

export const createSourceAction = formAction({
  role: "editor",
  schema: createSourceSchema,
  write: (input, user) => createSource(input, user.id),
  done: { redirect: () => "/admin/sources?saved=1" },
});

export const updateSourceAction = formAction({
  role: "editor",
  schema: updateSourceSchema,
  write: ({ id, version, ...input }, user) => updateSource(id, version, input, user.id),
  done: { redirect: () => "/admin/sources?saved=1" },
});
