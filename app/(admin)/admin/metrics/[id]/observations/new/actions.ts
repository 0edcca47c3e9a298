"use server";
import { recordObservation } from "@/lib/metrics/observations";
import { recordObservationSchema } from "@/lib/validation/metric";
import { formAction } from "@/lib/writes/define-action";

export const recordObservationAction = formAction({
  role: "editor",
  schema: recordObservationSchema,
  write: (input, user) => recordObservation(input, user.id),
  done: { redirect: ({ revised }, input) => `/admin/metrics/${input.metricId}?saved=${revised ? "revision" : "observation"}` },
});
