import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink, EmptyState, ListProblems, ListSummary, Pagination, SavedNotice, textLinkClass } from "@/components/admin";
import { Section } from "@/components/section";
import { RecordTable } from "@/components/table";
import { requirePageRecord } from "@/lib/auth/auth";
import { localePath } from "@/lib/i18n/locales";
import { adminLocale } from "@/lib/i18n/admin-locale";
import {
  ADMIN_OBSERVATIONS_PAGE_SIZE,
  findObservationPage,
  getMetricSummaryForAdmin,
  listMetricObservationsForAdmin,
} from "@/lib/metrics/admin";
import { getMetricForAdmin } from "@/lib/metrics/metrics";
import { pageCount, parsePage, type SearchParams } from "@/lib/predictions/admin-lists";
import { directionLabel, formatValue } from "@/lib/rules/metrics";
import { formatDate } from "@/lib/text/dates";
import { parseId } from "@/lib/validation/fields";
import { updateMetricAction } from "../actions";
import { MetricForm } from "../metric-form";
import { ObservationList } from "../observation-list";
import { PaceBadge, PaceDetails } from "../pace-summary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.metric" });
  return { title: t("title") };
}

/** The ?saved= notices, each a key of adminMetrics.metric.saved. */
const SAVED = new Set(["metric", "target", "target-removed", "observation", "revision", "correction", "retraction"]);

type Translator = Awaited<ReturnType<typeof getTranslations<"adminMetrics.metric">>>;

/** The page of the values showing `value` (a value id in the URL, as linked from another page), else `page`. */
async function valuesPage(metricId: number, search: SearchParams, problems: string[], t: Translator) {
  const page = parsePage(search.page, problems);
  const value = typeof search.value === "string" ? search.value : undefined;
  if (!value) return page;
  const observationId = parseId(value);
  const found = observationId ? await findObservationPage(metricId, observationId) : null;
  if (found) return found;
  problems.push(observationId ? t("valueNotFound", { id: String(observationId) }) : t("notAValueNumber", { value: value.slice(0, 40) }));
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
  const [search, t, unitKinds] = await Promise.all([
    searchParams,
    getTranslations("adminMetrics.metric"),
    getTranslations("adminMetrics.metricForm.unitKinds"),
  ]);
  const { locale } = user;
  const problems: string[] = [];
  const page = await valuesPage(metric.id, search, problems, t);
  const [{ observations, total }, summary] = await Promise.all([
    listMetricObservationsForAdmin(metric.id, page),
    getMetricSummaryForAdmin(metric.indicator.slug, metric.slug, user.locale),
  ]);
  const pages = pageCount(total, ADMIN_OBSERVATIONS_PAGE_SIZE);
  if (page > pages) problems.push(t("pastLastPage", { page, pages }));
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
            {t("recordValue")}
          </Link>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("unitLine", {
            unit: metric.unit,
            unitKind: unitKinds(metric.unitKind).toLowerCase(),
            decimals: metric.decimals,
            direction: directionLabel(metric.direction, locale).toLowerCase(),
            version: String(metric.version),
          })}
          {metric.updatedBy && t("lastChange", { name: metric.updatedBy.name })}
        </p>
        <p className="max-w-3xl text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">{metric.definition}</p>
      </div>
      {saved && SAVED.has(saved) && <SavedNotice>{t(`saved.${saved}`)}</SavedNotice>}

      {summary && (
        <Section id="pace" title={t("pace")}>
          <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
            <p>
              <PaceBadge pace={summary.pace} />
            </p>
            <PaceDetails pace={summary.pace} unit={unit} latestDelivered={summary.latestDelivered} />
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {t("paceNote")}{" "}
              <Link href={localePath(user.locale, "/methodology#pace")} className={textLinkClass}>
                {t("paceHow")}
              </Link>
            </p>
          </div>
        </Section>
      )}

      <Section id="targets" title={t("targets")}>
        {metric.targets.length === 0 ? (
          <EmptyState>{t("noTargets")}</EmptyState>
        ) : (
          <RecordTable
            columns={[
              t("columns.value"),
              t("columns.due"),
              t("columns.label"),
              t("columns.commitment"),
              <span key="edit" className="sr-only">
                {t("columns.edit")}
              </span>,
            ]}
          >
            {metric.targets.map((target) => (
              <tr key={target.id} data-testid="target-row">
                <td className="px-3 py-2 whitespace-nowrap">{formatValue(Number(target.value), unit, locale)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDate(target.dueOn, "DAY", locale)}</td>
                <td className="px-3 py-2 break-words">{target.label}</td>
                <td className="px-3 py-2">
                  <a href={target.commitmentUrl} rel="nofollow noopener noreferrer" className={`break-words ${textLinkClass}`}>
                    {target.commitmentTitle}
                  </a>
                  <span className="text-slate-600 dark:text-slate-400">, {formatDate(target.committedOn, "DAY", locale)}</span>
                </td>
                <td className="px-3 py-2 text-right">
                  <Link href={`/admin/targets/${target.id}`} className={`whitespace-nowrap ${textLinkClass}`}>
                    {t.rich("editTarget", { label: target.label, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
                  </Link>
                </td>
              </tr>
            ))}
          </RecordTable>
        )}
        <p>
          <Link href={`/admin/metrics/${metric.id}/targets/new`} className={textLinkClass}>
            {t("addTarget")}
          </Link>
        </p>
      </Section>

      <Section id="values" title={pages > 1 ? t("valuesPage", { page, pages }) : t("values")}>
        <ListProblems problems={problems} />
        {total === 0 ? (
          <EmptyState>
            {t.rich("noValues", {
              link: (chunks) => (
                <Link href={`/admin/metrics/${metric.id}/observations/new`} className={textLinkClass}>
                  {chunks}
                </Link>
              ),
            })}
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
          label={t("pagination.label")}
          page={page}
          pageCount={pages}
          href={pageHref}
          previous={t("pagination.previous")}
          next={t("pagination.next")}
          first={t("pagination.first")}
          last={t("pagination.last")}
        />
      </Section>

      <Section id="edit" title={t("edit")}>
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
