import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, EmptyState, ListProblems, ListSummary, Pagination, SavedNotice, textLinkClass } from "@/components/admin";
import { Section } from "@/components/section";
import { RecordTable } from "@/components/table";
import { requirePageRecord } from "@/lib/auth/auth";
import {
  ADMIN_OBSERVATIONS_PAGE_SIZE,
  findObservationPage,
  getMetricSummaryForAdmin,
  listMetricObservationsForAdmin,
} from "@/lib/metrics/admin";
import { getMetricForAdmin } from "@/lib/metrics/metrics";
import { pageCount, parsePage, type SearchParams } from "@/lib/predictions/admin-lists";
import { DIRECTION_LABELS, formatValue, UNIT_KIND_LABELS } from "@/lib/rules/metrics";
import { formatDate } from "@/lib/text/dates";
import { parseId } from "@/lib/validation/fields";
import { updateMetricAction } from "../actions";
import { MetricForm } from "../metric-form";
import { ObservationList } from "../observation-list";
import { PaceBadge, PaceDetails } from "../pace-summary";

export const metadata: Metadata = { title: "Metric" };

const savedMessages: Record<string, string> = {
  metric: "Metric saved.",
  target: "Target saved.",
  "target-removed": "Target removed. The audit log keeps what it was.",
  observation: "Value recorded. The public pages show it now.",
  revision: "Revision recorded. The value it replaces stays in the list, marked as revised.",
  correction: "Correction published. The original value stays in the list, marked as corrected.",
  retraction: "Value retracted. It stays in the list, marked as retracted, and no longer counts.",
};

/** The page of the values showing `value` (a value id in the URL, as linked from another page), else `page`. */
async function valuesPage(metricId: number, search: SearchParams, problems: string[]) {
  const page = parsePage(search.page, problems);
  const value = typeof search.value === "string" ? search.value : undefined;
  if (!value) return page;
  const observationId = parseId(value);
  const found = observationId ? await findObservationPage(metricId, observationId) : null;
  if (found) return found;
  problems.push(
    observationId ? `Value #${observationId} is not a value of this metric.` : `“${value.slice(0, 40)}” is not a value number.`,
  );
  return page;
}

export default async function MetricAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { user, record: metric } = await requirePageRecord(params, "editor", "/admin/metrics/[id]", getMetricForAdmin);
  const search = await searchParams;
  const problems: string[] = [];
  const page = await valuesPage(metric.id, search, problems);
  const [{ observations, total }, summary] = await Promise.all([
    listMetricObservationsForAdmin(metric.id, page),
    getMetricSummaryForAdmin(metric.indicator.slug, metric.slug),
  ]);
  const pages = pageCount(total, ADMIN_OBSERVATIONS_PAGE_SIZE);
  if (page > pages) problems.push(`Page ${page.toLocaleString("en")} is past the last page of values (${pages.toLocaleString("en")}).`);
  const saved = typeof search.saved === "string" ? search.saved : undefined;
  const shown = new Set(observations.map((observation) => observation.id));
  const unit = { unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals };
  const pageHref = (n: number) => (n <= 1 ? `/admin/metrics/${metric.id}#values` : `/admin/metrics/${metric.id}?page=${n}#values`);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/indicators/${metric.indicator.id}#metrics`}>{metric.indicator.title}</BackLink>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold break-words">{metric.title}</h1>
          <Link
            href={`/admin/metrics/${metric.id}/observations/new`}
            className="rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800"
          >
            Record a value
          </Link>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          In {metric.unit} ({UNIT_KIND_LABELS[metric.unitKind].toLowerCase()}, {metric.decimals} decimal{metric.decimals === 1 ? "" : "s"})
          · {DIRECTION_LABELS[metric.direction].toLowerCase()} · version {metric.version}
          {metric.updatedBy && ` · last change by ${metric.updatedBy.name}`}
        </p>
        <p className="max-w-3xl text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">{metric.definition}</p>
      </div>
      {saved && Object.hasOwn(savedMessages, saved) && <SavedNotice>{savedMessages[saved]}</SavedNotice>}

      {summary && (
        <Section id="pace" title="Pace">
          <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
            <p>
              <PaceBadge pace={summary.pace} />
            </p>
            <PaceDetails pace={summary.pace} unit={unit} latestDelivered={summary.latestDelivered} />
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Pace informs; it never changes the indicator’s status.{" "}
              <Link href="/methodology" className={textLinkClass}>
                How pace is worked out
              </Link>
            </p>
          </div>
        </Section>
      )}

      <Section id="targets" title="Targets">
        {metric.targets.length === 0 ? (
          <EmptyState>No targets yet. Add the commitment this metric is measured against, with its due date.</EmptyState>
        ) : (
          <RecordTable
            columns={[
              "Value",
              "Due",
              "Label",
              "Commitment",
              <span key="edit" className="sr-only">
                Edit
              </span>,
            ]}
          >
            {metric.targets.map((target) => (
              <tr key={target.id} data-testid="target-row">
                <td className="px-3 py-2 whitespace-nowrap">{formatValue(Number(target.value), unit)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDate(target.dueOn)}</td>
                <td className="px-3 py-2 break-words">{target.label}</td>
                <td className="px-3 py-2">
                  <a href={target.commitmentUrl} rel="nofollow noopener noreferrer" className={`break-words ${textLinkClass}`}>
                    {target.commitmentTitle}
                  </a>
                  <span className="text-slate-600 dark:text-slate-400">, {formatDate(target.committedOn)}</span>
                </td>
                <td className="px-3 py-2 text-right">
                  <Link href={`/admin/targets/${target.id}`} className={`whitespace-nowrap ${textLinkClass}`}>
                    Edit<span className="sr-only"> target {target.label}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </RecordTable>
        )}
        <p>
          <Link href={`/admin/metrics/${metric.id}/targets/new`} className={textLinkClass}>
            Add a target
          </Link>
        </p>
      </Section>

      <Section id="values" title={<>Values{pages > 1 ? `, page ${page.toLocaleString("en")} of ${pages.toLocaleString("en")}` : ""}</>}>
        <ListProblems problems={problems} />
        {total === 0 ? (
          <EmptyState>
            No values recorded yet.{" "}
            <Link href={`/admin/metrics/${metric.id}/observations/new`} className={textLinkClass}>
              Record the first value
            </Link>{" "}
            with its evidence.
          </EmptyState>
        ) : (
          page <= pages && (
            <>
              <ListSummary page={page} pageSize={ADMIN_OBSERVATIONS_PAGE_SIZE} total={total} noun="value" filtered={false} />
              <ObservationList
                observations={observations}
                unit={unit}
                canRetract={user.role === "ADMIN"}
                observationHref={(id) =>
                  shown.has(id) ? `#observation-${id}` : `/admin/metrics/${metric.id}?value=${id}#observation-${id}`
                }
              />
            </>
          )
        )}
        <Pagination
          label="Pages of values"
          page={page}
          pageCount={pages}
          href={pageHref}
          previous="Newer values"
          next="Older values"
          first="Newest"
          last="Oldest"
        />
      </Section>

      <Section id="edit" title="Edit metric">
        {/* Only what the form needs crosses to the browser (targets' values are Decimals). */}
        <MetricForm
          action={updateMetricAction}
          indicatorId={metric.indicatorId}
          metric={{
            id: metric.id,
            version: metric.version,
            slug: metric.slug,
            title: metric.title,
            definition: metric.definition,
            unit: metric.unit,
            titleFr: metric.titleFr,
            definitionFr: metric.definitionFr,
            unitFr: metric.unitFr,
            unitKind: metric.unitKind,
            decimals: metric.decimals,
            direction: metric.direction,
            position: metric.position,
          }}
        />
      </Section>
    </div>
  );
}
