"use server";
import { createMetric, createTarget, deleteTarget, updateMetric, updateTarget } from "@/lib/metrics/metrics";
import {
  createMetricSchema,
  createTargetSchema,
  deleteTargetSchema,
  updateMetricSchema,
  updateTargetSchema,
} from "@/lib/validation/metric";
import { formAction } from "@/lib/writes/define-action";

// Metrics and their targets (editors): /admin/indicators/<id>/metrics/new, /admin/metrics/<id>,
// /admin/metrics/<id>/targets/new and /admin/targets/<id>. Each goes back to the metric's page.

const metricPage = (metricId: number, saved: string) => `/admin/metrics/${metricId}?saved=${saved}`;

export const createMetricAction = formAction({
  role: "editor",
  schema: createMetricSchema,
  write: (input, user) => createMetric(input, user.id),
  done: { redirect: ({ id }) => metricPage(id, "metric") },
});

export const updateMetricAction = formAction({
  role: "editor",
  schema: updateMetricSchema,
  write: ({ id, version, ...input }, user) => updateMetric(id, version, input, user.id),
  done: { redirect: ({ id }) => metricPage(id, "metric") },
});

export const createTargetAction = formAction({
  role: "editor",
  schema: createTargetSchema,
  write: (input, user) => createTarget(input, user.id),
  done: { redirect: (_target, input) => metricPage(input.metricId, "target") },
});

export const updateTargetAction = formAction({
  role: "editor",
  schema: updateTargetSchema,
  write: (input, user) => updateTarget(input, user.id),
  done: { redirect: (_target, input) => metricPage(input.metricId, "target") },
});

export const deleteTargetAction = formAction({
  role: "editor",
  schema: deleteTargetSchema,
  write: (input, user) => deleteTarget(input, user.id),
  done: { redirect: (_target, input) => metricPage(input.metricId, "target-removed") },
});
