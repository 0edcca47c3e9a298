import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getMetricForAdmin } from "@/lib/metrics/metrics";
import { ObservationForm } from "../../../../observations/observation-form";
import { recordObservationAction } from "./actions";

export const metadata: Metadata = { title: "Record a value" };

export default async function RecordObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: metric } = await requirePageRecord(params, "editor", "/admin/metrics/[id]/observations/new", getMetricForAdmin);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/metrics/${metric.id}#values`}>{metric.title}</BackLink>
        <h1 className="text-2xl font-bold">Record a value</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          A value for a period, at a stage, with the evidence it comes from. A new value for a period and stage that already has one is a
          revision: the value it replaces stays in the public history, and your note says what the source revised.
        </p>
      </div>
      <ObservationForm
        action={recordObservationAction}
        hidden={{ metricId: metric.id, version: metric.version }}
        metric={{ unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals }}
        submitLabel="Publish value"
      />
    </div>
  );
}
