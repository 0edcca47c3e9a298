import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { Markdown } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { requirePageRecord } from "@/lib/auth/auth";
import { formatDate } from "@/lib/text/dates";
import { getStatusChange } from "@/lib/status-changes/writes";
import { RetractForm } from "./retract-form";

export const metadata: Metadata = { title: "Retract a status change" };

export default async function RetractStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { record: change } = await requirePageRecord(params, "admin", "/admin/changes/[id]/retract", getStatusChange);
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/admin/indicators/${change.indicator.id}`}>{change.indicator.title}</BackLink>
      <h1 className="text-2xl font-bold">Retract entry #{change.id}</h1>
      <section aria-label="Entry" className="max-w-3xl rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge status={change.fromStatus} /> → <StatusBadge status={change.toStatus} /> effective {formatDate(change.effectiveOn)},
          by {change.author.name}
        </p>
        <Markdown source={change.summary} className="mt-2" />
      </section>
      {change.retractedAt ? (
        <p>This entry is already retracted.</p>
      ) : (
        <>
          <p className="max-w-3xl text-sm">
            A retracted entry stays in the public history, marked as retracted with your note, and no longer counts toward the indicator’s
            status. Nothing is deleted.
          </p>
          <RetractForm changeId={change.id} version={change.indicator.version} />
        </>
      )}
    </div>
  );
}
