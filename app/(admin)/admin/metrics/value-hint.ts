import type { MetricUnitKind } from "@/lib/rules/metrics";

/**
 * The values of adminMetrics.valueHint ("In % of GDP, 1 decimal, from 0 to 100.", in the admin's
 * language): what a value of this metric must look like.
 */
export function valueHintValues(metric: { unit: string; unitKind: MetricUnitKind; decimals: number }) {
  return { unit: metric.unit, decimals: metric.decimals, percent: metric.unitKind === "PERCENT" ? "yes" : "no" };
}
