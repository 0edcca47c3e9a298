import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getIndicator } from "@/lib/predictions/indicators";
import { createMetricAction } from "../../../../metrics/actions";
import { MetricForm } from "../../../../metrics/metric-form";

export const metadata: Metadata = { title: "New metric" };

export default async function NewMetricPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: indicator } = await requirePageRecord(params, "editor", "/admin/indicators/[id]/metrics/new", getIndicator);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/indicators/${indicator.id}#metrics`}>{indicator.title}</BackLink>
        <h1 className="text-2xl font-bold">New metric</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          A number that shows how far the indicator went: its targets and values are added on the metric’s page once it exists.
        </p>
      </div>
      <MetricForm action={createMetricAction} indicatorId={indicator.id} />
    </div>
  );
}
