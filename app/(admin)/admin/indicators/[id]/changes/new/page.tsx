import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { Section } from "@/components/section";
import { StatusBadge } from "@/components/status-badge";
import { listIndicatorMetricsForAdmin } from "@/lib/metrics/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { formatDate, todayIso } from "@/lib/text/dates";
import { getIndicator } from "@/lib/predictions/indicators";
import { StatusChangeForm } from "../../../../changes/status-change-form";
import { MetricSummaries } from "../../../../metrics/metric-summaries";
import { recordStatusChangeAction } from "./actions";

export const metadata: Metadata = { title: "Record a status change" };

export default async function RecordStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { record: indicator } = await requirePageRecord(params, "editor", "/admin/indicators/[id]/changes/new", getIndicator);
  const metrics = await listIndicatorMetricsForAdmin(indicator.id);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/indicators/${indicator.id}`}>{indicator.title}</BackLink>
        <h1 className="text-2xl font-bold">Record a status change</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Currently <StatusBadge status={indicator.status} /> since {formatDate(indicator.statusSince)}.
        </p>
        <details className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          <summary className="cursor-pointer font-medium">What counts as achieved</summary>
          <p className="mt-2">{indicator.criteria}</p>
        </details>
      </div>
      <div className="flex flex-col gap-8 xl:flex-row-reverse xl:items-start">
        {metrics.length > 0 && (
          <Section
            id="pace"
            title="Measured progress"
            className="flex flex-col gap-3 xl:w-80 xl:shrink-0"
            headingClassName="text-lg font-semibold"
          >
            <p className="text-sm text-slate-700 dark:text-slate-300">
              For your judgement: pace is worked out from the numbers and never changes the status by itself.
            </p>
            <MetricSummaries metrics={metrics} />
          </Section>
        )}
        <div className="min-w-0 flex-1">
          <StatusChangeForm
            action={recordStatusChangeAction}
            hidden={{ indicatorId: indicator.id, version: indicator.version }}
            defaults={{ toStatus: indicator.status, effectiveOn: todayIso() }}
            submitLabel="Publish status change"
          />
        </div>
      </div>
    </div>
  );
}
