import type { MetricUnitKind } from "@/lib/rules/metrics";

/** "In % of GDP, 1 decimal, from 0 to 100.": what a value of this metric must look like. */
export function valueHint(metric: { unit: string; unitKind: MetricUnitKind; decimals: number }): string {
  const decimals = metric.decimals === 0 ? "a whole number" : `${metric.decimals} decimal${metric.decimals === 1 ? "" : "s"}`;
  const range = metric.unitKind === "PERCENT" ? ", from 0 to 100" : "";
  return `In ${metric.unit}, ${decimals}${range}. A point for decimals, no thousands separators.`;
}
