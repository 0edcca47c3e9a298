import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import type { Locale } from "@/lib/i18n/locales";
import { ListProblems, ListSummary, Pagination, SavedNotice } from "@/components/admin";
import { StatusBadge } from "@/components/status-badge";
import { Timeline } from "@/components/timeline";
import { listProblemText, pageCount, parsePage, shortValue, type SearchParams } from "@/lib/predictions/admin-lists";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.indicator" });
  return { title: t("title") };
}

/** The ?saved= values with a notice: keys of adminCatalog.indicator.saved. */
const SAVED = ["indicator", "change", "correction", "retraction"] as const;
const isSaved = (value: string | undefined): value is (typeof SAVED)[number] => SAVED.some((key) => key === value);

/** The page of the history showing `entry` (an entry id in the URL, as linked from another page of the history), else `page`. */
async function historyPage(indicatorId: number, search: SearchParams, problems: string[], locale: Locale) {
  const page = parsePage(search.page, problems, locale);
  const entry = typeof search.entry === "string" ? search.entry : undefined;
  if (!entry) return page;
  const changeId = parseId(entry);
  const found = changeId ? await findAdminHistoryPage(indicatorId, changeId) : null;
  if (found) return found;
  problems.push(
    changeId
      ? listProblemText("entryNotInHistory", { id: changeId }, locale)
      : listProblemText("notEntry", { value: shortValue(entry) }, locale),
  );
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
  const [predictions, search, metrics, t] = await Promise.all([
    listPredictionOptions(),
    searchParams,
    listIndicatorMetricsForAdmin(indicator.id, user.locale),
    getTranslations("adminCatalog.indicator"),
  ]);
  const problems: string[] = [];
  const page = await historyPage(indicator.id, search, problems, user.locale);
  const { entries, total } = await listIndicatorHistoryForAdmin(indicator.id, page);
  const pages = pageCount(total, ADMIN_HISTORY_PAGE_SIZE);
  if (page > pages) problems.push(listProblemText("pastLastHistory", { page, pages }, user.locale));
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
            {t("recordChange")}
          </Link>
        </div>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          {t.rich("statusLine", {
            badge: () => <StatusBadge status={indicator.status} />,
            date: formatDate(indicator.statusSince, "DAY", user.locale),
            version: indicator.version,
          })}
          {indicator.updatedBy && t("lastChange", { name: indicator.updatedBy.name })}
        </p>
      </div>
      {isSaved(saved) && <SavedNotice>{t(`saved.${saved}`)}</SavedNotice>}

      <Section id="metrics" title={t("metrics")}>
        {metrics.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("noMetrics")}</p>
        ) : (
          <MetricSummaries metrics={metrics} manage />
        )}
        <p>
          <Link href={`/admin/indicators/${indicator.id}/metrics/new`} className="text-sky-800 underline dark:text-sky-300">
            {t("addMetric")}
          </Link>
        </p>
      </Section>

      <Section id="history" title={pages > 1 ? t("historyPage", { page, pages }) : t("history")}>
        <ListProblems problems={problems} />
        {total > 0 && page <= pages && (
          <ListSummary page={page} pageSize={ADMIN_HISTORY_PAGE_SIZE} total={total} noun="entry" filtered={false} />
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
                      {t("correct", { id: entry.id })}
                    </Link>
                  )}
                  {user.role === "ADMIN" && (
                    <Link href={`/admin/changes/${entry.id}/retract`} className="text-rose-800 underline dark:text-rose-300">
                      {t("retract", { id: entry.id })}
                    </Link>
                  )}
                </>
              )
            }
          />
        )}
        <Pagination
          label={t("pages")}
          page={page}
          pageCount={pages}
          href={pageHref}
          previous={t("newer")}
          next={t("older")}
          first={t("newest")}
          last={t("oldest")}
        />
      </Section>

      <Section id="edit" title={t("edit")}>
        <IndicatorForm action={updateIndicatorAction} indicator={indicator} predictions={predictions} />
      </Section>
    </div>
  );
}
