import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getMetricForAdmin } from "@/lib/metrics/metrics";
import { TargetForm } from "../../../target-form";

export const metadata: Metadata = { title: "New target" };

export default async function NewTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: metric } = await requirePageRecord(params, "editor", "/admin/metrics/[id]/targets/new", getMetricForAdmin);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/metrics/${metric.id}#targets`}>{metric.title}</BackLink>
        <h1 className="text-2xl font-bold">Add a target</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          A value to reach by a date, and the commitment it comes from. Pace is measured against the earliest target not yet met.
        </p>
      </div>
      <TargetForm
        metric={{ id: metric.id, version: metric.version, unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals }}
      />
    </div>
  );
}
