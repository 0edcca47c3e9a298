import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { Markdown } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { requirePageRecord } from "@/lib/auth/auth";
import { formatDate, toIsoDate } from "@/lib/text/dates";
import { getStatusChange } from "@/lib/status-changes/writes";
import { StatusChangeForm } from "../../status-change-form";
import { correctStatusChangeAction } from "../actions";

export const metadata: Metadata = { title: "Correct a status change" };

export default async function CorrectStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { record: change } = await requirePageRecord(params, "editor", "/admin/changes/[id]/correct", getStatusChange);
  const back = <BackLink href={`/admin/indicators/${change.indicator.id}`}>{change.indicator.title}</BackLink>;
  if (change.retractedAt || change.corrections.length > 0) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <h1 className="text-2xl font-bold">Entry #{change.id} cannot be corrected</h1>
        <p>
          {change.retractedAt
            ? "It has been retracted."
            : `It has already been corrected by entry #${change.corrections[0].id}; correct that entry instead.`}
        </p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        {back}
        <h1 className="text-2xl font-bold">Correct entry #{change.id}</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          The original stays in the public history, marked as corrected, with your note. The corrected entry below replaces it in the
          indicator’s status.
        </p>
      </div>
      <section
        aria-label="Original entry"
        className="max-w-3xl rounded-lg border border-dashed border-slate-300 p-4 text-sm dark:border-slate-600"
      >
        <p className="flex flex-wrap items-center gap-2">
          Original: <StatusBadge status={change.fromStatus} /> → <StatusBadge status={change.toStatus} /> effective{" "}
          {formatDate(change.effectiveOn)}, by {change.author.name}
        </p>
        <Markdown source={change.summary} className="mt-2" />
      </section>
      <StatusChangeForm
        action={correctStatusChangeAction}
        hidden={{ changeId: change.id, version: change.indicator.version }}
        correction
        defaults={{
          toStatus: change.toStatus,
          effectiveOn: toIsoDate(change.effectiveOn),
          summary: change.summary,
          summaryFr: change.summaryFr,
          evidence: change.evidence.map((item) => ({ ...item, publishedOn: toIsoDate(item.publishedOn) })),
        }}
        submitLabel="Publish correction"
      />
    </div>
  );
}
