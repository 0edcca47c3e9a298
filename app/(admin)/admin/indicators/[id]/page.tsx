import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SavedNotice } from "@/components/admin";
import { StatusBadge } from "@/components/status-badge";
import { Timeline } from "@/components/timeline";
import { requirePageUser } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { getIndicatorWithHistory } from "@/lib/indicators";
import { listPredictionsForAdmin } from "@/lib/predictions";
import { parseId } from "@/lib/validation/fields";
import { updateIndicatorAction } from "../actions";
import { IndicatorForm } from "../indicator-form";

export const metadata: Metadata = { title: "Indicator" };

const savedMessages: Record<string, string> = {
  indicator: "Indicator saved.",
  change: "Status change published. The public pages show it now.",
  correction: "Correction published. The original entry stays in the history, marked as corrected.",
  retraction: "Entry retracted. It stays in the history, marked as retracted.",
};

export default async function IndicatorAdminPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id: rawId } = await params;
  const user = await requirePageUser("editor", `/admin/indicators/${rawId}`);
  const id = parseId(rawId);
  const [indicator, predictions, { saved }] = await Promise.all([id ? getIndicatorWithHistory(id) : null, listPredictionsForAdmin(), searchParams]);
  if (!indicator) notFound();

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">{indicator.prediction.title}</p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{indicator.title}</h1>
          <Link
            href={`/admin/indicators/${indicator.id}/changes/new`}
            className="rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800"
          >
            Record a status change
          </Link>
        </div>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={indicator.status} /> since {formatDate(indicator.statusSince)} · version {indicator.version}
          {indicator.updatedBy && ` · last change by ${indicator.updatedBy.name}`}
        </p>
      </div>
      {saved && Object.hasOwn(savedMessages, saved) && <SavedNotice>{savedMessages[saved]}</SavedNotice>}

      <section aria-labelledby="history" className="flex flex-col gap-3">
        <h2 id="history" className="text-xl font-semibold">
          History
        </h2>
        <Timeline
          entries={indicator.statusChanges}
          actions={(entry) =>
            entry.retractedAt ? null : (
              <>
                {!entry.corrections.some((c) => !c.retractedAt) && (
                  <Link href={`/admin/changes/${entry.id}/correct`} className="text-sky-800 underline dark:text-sky-300">
                    Correct entry #{entry.id}
                  </Link>
                )}
                {user.role === "ADMIN" && (
                  <Link href={`/admin/changes/${entry.id}/retract`} className="text-rose-800 underline dark:text-rose-300">
                    Retract entry #{entry.id}
                  </Link>
                )}
              </>
            )
          }
        />
      </section>

      <section aria-labelledby="edit" className="flex flex-col gap-3">
        <h2 id="edit" className="text-xl font-semibold">
          Edit indicator
        </h2>
        <IndicatorForm action={updateIndicatorAction} indicator={indicator} predictions={predictions} />
      </section>
    </div>
  );
}
