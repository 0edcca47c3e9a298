"use server";
import { correctObservation, retractObservation } from "@/lib/metrics/observations";
import { correctObservationSchema, retractObservationSchema } from "@/lib/validation/metric";
import { formAction } from "@/lib/writes/define-action";

// The two revisions of a recorded value, /admin/observations/<id>/correct (editors) and
// …/retract (admins): each goes back to the value's metric, saying which it was.

export const correctObservationAction = formAction({
  role: "editor",
  schema: correctObservationSchema,
  write: (input, user) => correctObservation(input, user.id),
  done: { redirect: ({ metric }) => `/admin/metrics/${metric.id}?saved=correction` },
});

export const retractObservationAction = formAction({
  role: "admin",
  schema: retractObservationSchema,
  write: (input, user) => retractObservation(input, user.id),
  done: { redirect: ({ metric }) => `/admin/metrics/${metric.id}?saved=retraction` },
});
