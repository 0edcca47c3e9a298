import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Translated } from "@/components/translated";
import { localized } from "@/lib/i18n/content";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { EvidenceList } from "@/components/evidence-list";
import { MetricFacts, MetricFigure, MetricValuesTable, TargetText, unitIn } from "@/components/metric-progress";
import { Section } from "@/components/section";
import { metricAnchor, metricHref, observationHref } from "@/lib/metrics/links";
import type { getMetricHistory, MetricHistoryEntry, MetricView } from "@/lib/metrics/progress";
import { describeObservation, directionLabel, formatValue } from "@/lib/rules/metrics";
import { valuesLabel } from "@/lib/rules/progress-text";
import { formatMoment } from "@/lib/text/dates";
import { observationState, standingCorrectionOf, standingRevisionOf, type ObservationState } from "@/lib/rules/observation-state";

type Metric = MetricView & { indicator: { id: number; slug: string; title: string; titleFr: string | null } };
type History = Awaited<ReturnType<typeof getMetricHistory>>;

/** A metric's page: /indicators/<slug>/metrics/<metric> (newest values) and …/history/<n>. */
export function MetricPageView({ metric, history }: { metric: Metric; history: History }) {
  const t = useTranslations("metrics");
  const locale = useLocale() as Locale;
  const title = localized(metric, "title", locale);
  const unit = localized(metric, "unit", locale);
  const slug = metric.indicator.slug;
  const { page, pageCount, total } = history;
  const shown = new Set(history.entries.map((entry) => entry.id));
  const valueHref = (id: number) => (shown.has(id) ? `#observation-${id}` : localePath(locale, observationHref(slug, id)));
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={`/indicators/${slug}#${metricAnchor(metric.slug)}`} className="underline underline-offset-2">
            <Translated value={localized(metric.indicator, "title", locale)} />
          </Link>{" "}
          · {t("page.kicker")}
        </p>
        <Translated as="h1" value={title} className="text-3xl font-bold tracking-tight sm:text-4xl" />
      </header>

      <Section id="definition" title={t("page.definition")} className="flex max-w-3xl flex-col gap-2">
        <Translated as="p" value={localized(metric, "definition", locale)} className="leading-relaxed" />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t.rich("page.unit", {
            decimals: metric.decimals,
            unit: () => (unit.text.trim() ? <Translated value={unit} /> : t("page.noUnit")),
          })}{" "}
          {t("page.direction", { direction: directionLabel(metric.direction, locale) })}
        </p>
      </Section>

      <Section id="progress" title={t("page.progress")} className="flex flex-col gap-4">
        <div className="card gap-4">
          <MetricFacts metric={metric} />
          <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,480px)_minmax(0,1fr)]">
            <MetricFigure metric={metric} idPrefix={metricAnchor(metric.slug)} />
            {metric.recent.length > 0 && (
              <MetricValuesTable
                metric={metric}
                rows={metric.recent}
                indicatorSlug={slug}
                caption={t("page.newest", { count: metric.recent.length })}
              />
            )}
          </div>
        </div>
      </Section>

      <Section id="targets" title={t("page.targets")} className="flex max-w-3xl flex-col gap-2">
        {metric.targets.length === 0 ? (
          <p className="muted">{t("page.noTarget")}</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-5" data-testid="metric-targets">
            {metric.targets.map((target) => (
              <li key={target.id}>
                <TargetText target={target} metric={metric} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <section aria-labelledby="values" className="flex flex-col gap-3">
        <h2 id="values" className="text-xl font-semibold">
          {pageCount > 1 ? t("page.everyValuePage", { page, pageCount }) : t("page.everyValue")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          {total
            ? t("page.orderCounted", { recorded: valuesLabel(total, locale), counting: valuesLabel(metric.count, locale) })
            : t("page.order")}
        </p>
        {history.entries.length === 0 ? (
          <p className="muted">{t("noValues")}</p>
        ) : (
          <ol className="flex flex-col gap-4" aria-label={t("page.everyValue")}>
            {history.entries.map((entry) => (
              <li key={entry.id}>
                <ObservationItem entry={entry} metric={metric} valueHref={valueHref} />
              </li>
            ))}
          </ol>
        )}
        {pageCount > 1 && (
          <nav aria-label={t("page.pages")} className="flex flex-wrap items-center gap-4 text-sm">
            {page > 1 && (
              <Link href={metricHref(slug, metric.slug, page - 1)} rel="prev" className="underline">
                {t("page.newer")}
              </Link>
            )}
            <span>{t("page.pageOf", { page, pageCount })}</span>
            {page < pageCount && (
              <Link href={metricHref(slug, metric.slug, page + 1)} rel="next" className="underline">
                {t("page.older")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </article>
  );
}

/** What became of a value, and the value that replaced it when one did. */
function stateOf(entry: MetricHistoryEntry): { state: ObservationState; by?: number } {
  const state = observationState(entry);
  const replacement = state === "corrected" ? standingCorrectionOf(entry) : state === "revised" ? standingRevisionOf(entry) : null;
  return { state, by: replacement?.id };
}

const note = "mt-3 rounded border-l-4 px-3 py-2 text-sm";

function ObservationItem({
  entry,
  metric: original,
  valueHref,
}: {
  entry: MetricHistoryEntry;
  metric: Metric;
  valueHref: (id: number) => string;
}) {
  const t = useTranslations("metrics.value");
  const history = useTranslations("history");
  const labels = useTranslations("labels");
  const locale = useLocale() as Locale;
  const metric = unitIn(original, locale);
  const editorNote = localized(entry, "note", locale);
  const correctionNote = localized(entry, "correctionNote", locale);
  const retractionNote = localized(entry, "retractionNote", locale);
  const { state, by } = stateOf(entry);
  const value = { ...entry, value: Number(entry.value) };
  const earlier = entry.revises ?? entry.corrects;
  const was = earlier && describeObservation({ ...earlier, value: Number(earlier.value) }, metric, locale);
  return (
    <article
      id={`observation-${entry.id}`}
      data-testid="observation"
      data-state={state}
      className={`scroll-mt-4 rounded-lg border p-4 ${
        state === "current"
          ? "border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
          : "border-dashed border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900/50"
      }`}
    >
      <h3 className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="text-lg font-semibold text-slate-900 dark:text-white">{formatValue(value.value, metric, locale)}</span>
        <span className="text-slate-700 dark:text-slate-300">
          {entry.periodLabel} · {labels(`stage.${entry.stage}.label`)}
          {entry.estimate && ` · ${labels("estimate")}`}
        </span>
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t.rich("recorded", {
          moment: formatMoment(entry.createdAt, locale),
          author: entry.author.name,
          time: (chunks) => <time dateTime={entry.createdAt.toISOString()}>{chunks}</time>,
        })}{" "}
        ·{" "}
        <a href={`#observation-${entry.id}`} className="underline underline-offset-2">
          #{entry.id}
        </a>
      </p>

      {entry.revises && (
        <p className={`${note} border-sky-600 bg-sky-50 text-sky-950 dark:bg-sky-950 dark:text-sky-100`} data-testid="revision-note">
          {t.rich("revisedBy", {
            was: was || "",
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => (
              <a href={valueHref(entry.revises!.id)} className="underline">
                {chunks}
              </a>
            ),
          })}
          {editorNote && (
            <>
              {" "}
              <Translated value={editorNote} />
            </>
          )}
        </p>
      )}
      {entry.corrects && (
        <p className={`${note} border-sky-600 bg-sky-50 text-sky-950 dark:bg-sky-950 dark:text-sky-100`} data-testid="correction-note">
          {t.rich("correction", {
            id: entry.corrects.id,
            was: was || "",
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => (
              <a href={valueHref(entry.corrects!.id)} className="underline">
                {chunks}
              </a>
            ),
            note: () => correctionNote && <Translated value={correctionNote} />,
          })}
        </p>
      )}
      {state === "corrected" && by && (
        <p
          className={`${note} border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100`}
          data-testid="corrected-marker"
        >
          {t.rich("corrected", {
            id: by,
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => (
              <a href={valueHref(by)} className="underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
      {state === "revised" && by && (
        <p
          className={`${note} border-slate-400 bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100`}
          data-testid="revised-marker"
        >
          {t.rich("revised", {
            id: by,
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => (
              <a href={valueHref(by)} className="underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
      {entry.retractedAt && (
        <p className={`${note} border-rose-600 bg-rose-50 text-rose-950 dark:bg-rose-950 dark:text-rose-100`} data-testid="retraction-note">
          {t.rich(entry.retractedBy ? "retractedBy" : "retracted", {
            moment: formatMoment(entry.retractedAt, locale),
            name: entry.retractedBy?.name ?? "",
            strong: (chunks) => <strong>{chunks}</strong>,
            time: (chunks) => <time dateTime={entry.retractedAt!.toISOString()}>{chunks}</time>,
            note: () => retractionNote && <Translated value={retractionNote} />,
          })}
        </p>
      )}
      {editorNote && !entry.revises && <Translated as="p" value={editorNote} className="mt-3 text-slate-800 dark:text-slate-200" />}

      <h4 className="mt-4 text-sm font-semibold">{history("evidence")}</h4>
      <EvidenceList evidence={entry.evidence} />
    </article>
  );
}
