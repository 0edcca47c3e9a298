import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { StatusBadge } from "@/components/status-badge";
import { requirePageRecord } from "@/lib/auth/auth";
import { formatDate, todayIso } from "@/lib/text/dates";
import { getIndicator } from "@/lib/predictions/indicators";
import { StatusChangeForm } from "../../../../changes/status-change-form";
import { recordStatusChangeAction } from "./actions";

export const metadata: Metadata = { title: "Record a status change" };

export default async function RecordStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { record: indicator } = await requirePageRecord(params, "editor", "/admin/indicators/[id]/changes/new", getIndicator);
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
      <StatusChangeForm
        action={recordStatusChangeAction}
        hidden={{ indicatorId: indicator.id, version: indicator.version }}
        defaults={{ toStatus: indicator.status, effectiveOn: todayIso() }}
        submitLabel="Publish status change"
      />
    </div>
  );
}
