"use server";
import { createPrediction, updatePrediction } from "@/lib/predictions/predictions";
import { createPredictionSchema, updatePredictionSchema } from "@/lib/validation/prediction";
import { formAction } from "@/lib/writes/define-action";

export const createPredictionAction = formAction({
  role: "editor",
  schema: createPredictionSchema,
  write: (input, user) => createPrediction(input, user.id),
  done: { redirect: ({ id }) => `/admin?prediction=${id}&saved=prediction` },
});

export const updatePredictionAction = formAction({
  role: "editor",
  schema: updatePredictionSchema,
  write: ({ id, version, ...input }, user) => updatePrediction(id, version, input, user.id),
  done: { redirect: ({ id }) => `/admin?prediction=${id}&saved=prediction` },
});
