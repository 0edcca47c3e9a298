import type { Metadata } from "next";
import Link from "next/link";
import { ListProblems, ListSummary, Pagination, SavedNotice } from "@/components/admin";
import { StatusBadge } from "@/components/status-badge";
import { Timeline } from "@/components/timeline";
import { pageCount, parsePage, type SearchParams } from "@/lib/predictions/admin-lists";
import { requirePageRecord } from "@/lib/auth/auth";
import { formatDate } from "@/lib/text/dates";
import { ADMIN_HISTORY_PAGE_SIZE, findAdminHistoryPage, getIndicator, listIndicatorHistoryForAdmin } from "@/lib/predictions/indicators";
import { listPredictionOptions } from "@/lib/predictions/predictions";
import { parseId } from "@/lib/validation/fields";
import { updateIndicatorAction } from "../actions";
import { IndicatorForm } from "../indicator-form";
import { Section } from "@/components/section";
import { listIndicatorMetricsForAdmin } from "@/lib/metrics/admin";
import { MetricSummaries } from "../../metrics/metric-summaries";

export const metadata: Metadata = { title: "Indicator" };

const savedMessages: Record<string, string> = {
  indicator: "Indicator saved.",
  change: "Status change published. The public pages show it now.",
  correction: "Correction published. The original entry stays in the history, marked as corrected.",
  retraction: "Entry retracted. It stays in the history, marked as retracted.",
};

/** The page of the history showing `entry` (an entry id in the URL, as linked from another page of the history), else `page`. */
async function historyPage(indicatorId: number, search: SearchParams, problems: string[]) {
  const page = parsePage(search.page, problems);
  const entry = typeof search.entry === "string" ? search.entry : undefined;
  if (!entry) return page;
  const changeId = parseId(entry);
  const found = changeId ? await findAdminHistoryPage(indicatorId, changeId) : null;
  if (found) return found;
  problems.push(changeId ? `Entry #${changeId} is not in this indicator’s history.` : `“${entry.slice(0, 40)}” is not an entry number.`);
  return page;
}

export default async function IndicatorAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { user, record: indicator } = await requirePageRecord(params, "editor", "/admin/indicators/[id]", getIndicator);
  const [predictions, search, metrics] = await Promise.all([
    listPredictionOptions(),
    searchParams,
    listIndicatorMetricsForAdmin(indicator.id),
  ]);
  const problems: string[] = [];
  const page = await historyPage(indicator.id, search, problems);
  const { entries, total } = await listIndicatorHistoryForAdmin(indicator.id, page);
  const pages = pageCount(total, ADMIN_HISTORY_PAGE_SIZE);
  if (page > pages)
    problems.push(`Page ${page.toLocaleString("en")} is past the last page of the history (${pages.toLocaleString("en")}).`);
  const saved = typeof search.saved === "string" ? search.saved : undefined;
  const shown = new Set(entries.map((entry) => entry.id));
  const pageHref = (n: number) => (n <= 1 ? `/admin/indicators/${indicator.id}` : `/admin/indicators/${indicator.id}?page=${n}`);

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

      <Section id="metrics" title="Measured progress">
        {metrics.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            No metrics yet. A metric is a number against dated targets (a share of GDP, a count), recorded with evidence.
          </p>
        ) : (
          <MetricSummaries metrics={metrics} manage />
        )}
        <p>
          <Link href={`/admin/indicators/${indicator.id}/metrics/new`} className="text-sky-800 underline dark:text-sky-300">
            Add a metric
          </Link>
        </p>
      </Section>

      <Section id="history" title={<>History{pages > 1 ? `, page ${page.toLocaleString("en")} of ${pages.toLocaleString("en")}` : ""}</>}>
        <ListProblems problems={problems} />
        {total > 0 && page <= pages && (
          <ListSummary page={page} pageSize={ADMIN_HISTORY_PAGE_SIZE} total={total} noun={["entry", "entries"]} filtered={false} />
        )}
        {page <= pages && (
          <Timeline
            entries={entries}
            // An entry on another page (a correction and what it corrects) is linked to that page.
            entryHref={(changeId) =>
              shown.has(changeId) ? `#change-${changeId}` : `/admin/indicators/${indicator.id}?entry=${changeId}#change-${changeId}`
            }
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
        )}
        <Pagination
          label="Pages of the history"
          page={page}
          pageCount={pages}
          href={pageHref}
          previous="Newer changes"
          next="Older changes"
          first="Newest"
          last="Oldest"
        />
      </Section>

      <Section id="edit" title="Edit indicator">
        <IndicatorForm action={updateIndicatorAction} indicator={indicator} predictions={predictions} />
      </Section>
    </div>
  );
}
