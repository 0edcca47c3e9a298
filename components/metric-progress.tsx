import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Translated } from "@/components/translated";
import { localized } from "@/lib/i18n/content";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { ExternalLinkIcon } from "@/components/icons";
import { ChartLegend, hasChart, MetricChart, type ChartMetric } from "@/components/metric-chart";
import { metricAnchor, metricHref, observationHref } from "@/lib/metrics/links";
import type { MetricTargetView, MetricView, ObservationRow } from "@/lib/metrics/progress";
import { describeObservation, formatValue, STAGES } from "@/lib/rules/metrics";
import type { PacePoint } from "@/lib/rules/pace";
import { describePace, describeTarget, valuesLabel } from "@/lib/rules/progress-text";
import { formatDate, toIsoDate } from "@/lib/text/dates";

// Measured progress as the public pages show it: a metric's latest values, its next target, its
// pace with the working, its chart and the same numbers in a table. The indicator page shows each
// metric with its newest values (MetricProgress); the metric's own page shows every value.

/** A metric's unit in the reader's language (its English original while the French is pending). */
export const unitIn = <M extends { unit: string; unitFr?: string | null }>(metric: M, locale: Locale): M => ({
  ...metric,
  unit: localized({ unit: metric.unit, unitFr: metric.unitFr }, "unit", locale).text,
});

/** The chart's view of a metric, with the periods of the values the pace was worked out from. */
export function chartMetric(metric: MetricView, locale: Locale): ChartMetric {
  const periodOf = (point: PacePoint) =>
    metric.pacePoints.find((candidate) => candidate.periodEnd.getTime() === point.periodEnd.getTime())?.periodLabel ??
    formatDate(point.periodEnd, "DAY", locale);
  const firstDelivered = [...metric.pacePoints].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime())[0]?.periodLabel ?? null;
  return { ...unitIn(metric, locale), title: localized(metric, "title", locale).text, periodOf, firstDelivered };
}

const PACE_TONE: Record<string, string> = {
  "on-pace": "tone-emerald",
  met: "tone-emerald",
  behind: "tone-amber",
  missed: "tone-rose",
};

/** "3.5% of GDP by December 31, 2035 — The Hague Summit Declaration (June 25, 2025)", the commitment linked. */
export function TargetText({ target, metric }: { target: MetricTargetView; metric: MetricView }) {
  const t = useTranslations("metrics");
  const locale = useLocale() as Locale;
  const label = localized(target, "label", locale);
  return (
    <>
      <strong className="font-semibold">{describeTarget(target, unitIn(metric, locale), locale)}</strong> —{" "}
      <a
        href={target.commitmentUrl}
        rel="nofollow noopener noreferrer"
        className="text-sky-800 underline underline-offset-2 dark:text-sky-300"
      >
        <Translated value={localized(target, "commitmentTitle", locale)} />
        <ExternalLinkIcon className="ml-0.5 inline size-3.5 align-[-0.125em]" />
      </a>{" "}
      <span className="muted">
        {t.rich("committed", {
          date: formatDate(target.committedOn, "DAY", locale),
          time: (chunks) => <time dateTime={toIsoDate(target.committedOn)}>{chunks}</time>,
          label: () =>
            label && (
              <>
                ; <Translated value={label} />
              </>
            ),
        })}
      </span>
    </>
  );
}

/** The latest value of each stage, the next target and the pace, with the rule's working. */
export function MetricFacts({ metric }: { metric: MetricView }) {
  const t = useTranslations("metrics");
  const locale = useLocale() as Locale;
  const stages = [...STAGES].reverse().filter((stage) => metric.latest[stage]);
  const pace = describePace(metric.pace, unitIn(metric, locale), chartMetric(metric, locale).periodOf, locale);
  const pending = metric.pace.state === "no-target" || metric.pace.state === "met" ? null : metric.pace.target;
  const next = pending && metric.targets.find((target) => target.id === pending.id);
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
      <dt className="font-medium text-slate-900 dark:text-slate-100">{t("latest")}</dt>
      <dd data-testid="metric-latest">
        {stages.length === 0 ? (
          t("noValues")
        ) : (
          <ul className="flex flex-col gap-0.5">
            {stages.map((stage) => (
              <li key={stage}>
                <span className="text-base font-semibold text-slate-900 dark:text-white">
                  {describeObservation(metric.latest[stage]!, unitIn(metric, locale), locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </dd>
      {next && (
        <>
          <dt className="font-medium text-slate-900 dark:text-slate-100">{t("nextTarget")}</dt>
          <dd data-testid="metric-next-target">
            <TargetText target={next} metric={metric} />
          </dd>
        </>
      )}
      {pace && (
        <>
          <dt className="font-medium text-slate-900 dark:text-slate-100">{t("pace.label")}</dt>
          <dd data-testid="metric-pace" data-pace={metric.pace.state}>
            <span className={`pill mr-2 ${PACE_TONE[metric.pace.state] ?? "tone-slate"}`}>{pace.label}</span> {pace.explanation}{" "}
            <Link href="/methodology#pace" className="underline underline-offset-2">
              {t("theRule")}
            </Link>
          </dd>
        </>
      )}
    </dl>
  );
}

/** The chart with its key and the unit its values are in; nothing when there is nothing to draw. */
export function MetricFigure({ metric, idPrefix }: { metric: MetricView; idPrefix: string }) {
  const t = useTranslations("metrics");
  const locale = useLocale() as Locale;
  if (!hasChart(metric)) return null;
  const unit = localized(metric, "unit", locale);
  return (
    <figure className="flex w-full max-w-[480px] flex-col gap-2">
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        {t.rich("valuesIn", {
          unit: () =>
            unit.text.trim() ? <Translated value={unit} className="font-medium" /> : <span className="font-medium">{t("units")}</span>,
        })}
        {metric.count > 0 && ` · ${valuesLabel(metric.count, locale)}`}
      </figcaption>
      <MetricChart metric={chartMetric(metric, locale)} idPrefix={idPrefix} />
      <ChartLegend metric={metric} />
    </figure>
  );
}

/** Values in a table: period, stage and value, each linking to its place in the metric's history. */
export function MetricValuesTable({
  metric,
  rows,
  caption,
  indicatorSlug,
}: {
  metric: MetricView;
  rows: ObservationRow[];
  caption: React.ReactNode;
  indicatorSlug: string;
}) {
  const t = useTranslations("metrics");
  const labels = useTranslations("labels");
  const locale = useLocale() as Locale;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-sm" data-testid="metric-table">
        <caption className="px-3 py-2 text-left text-sm font-medium text-slate-800 dark:text-slate-200">{caption}</caption>
        <thead className="border-y border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-3 py-1.5">
              {t("table.period")}
            </th>
            <th scope="col" className="px-3 py-1.5">
              {t("table.stage")}
            </th>
            <th scope="col" className="px-3 py-1.5 text-right">
              {t("table.value")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-3 py-1.5 font-normal">
                <a href={localePath(locale, observationHref(indicatorSlug, row.id))} className="underline underline-offset-2">
                  {row.periodLabel}
                </a>
              </th>
              <td className="px-3 py-1.5">{labels(`stage.${row.stage}.label`)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">
                {formatValue(row.value, unitIn(metric, locale), locale)}
                {row.estimate && ` (${labels("estimate")})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One metric on its indicator's page, at #metric-<slug>. */
export function MetricProgress({ metric, indicatorSlug }: { metric: MetricView; indicatorSlug: string }) {
  const t = useTranslations("metrics");
  const locale = useLocale() as Locale;
  const title = localized(metric, "title", locale);
  const anchor = metricAnchor(metric.slug);
  const href = metricHref(indicatorSlug, metric.slug);
  return (
    <article id={anchor} aria-labelledby={`${anchor}-title`} className="card scroll-mt-4 gap-4" data-testid="metric">
      <div className="flex flex-col gap-1">
        <h3 id={`${anchor}-title`} className="text-lg leading-snug font-semibold text-slate-900 dark:text-white">
          <Link href={href} className="hover:underline">
            <Translated value={title} />
          </Link>
        </h3>
        <Translated
          as="p"
          value={localized(metric, "definition", locale)}
          className="text-sm leading-relaxed text-slate-700 dark:text-slate-300"
        />
      </div>
      <MetricFacts metric={metric} />
      {hasChart(metric) && (
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,480px)_minmax(0,1fr)]">
          <MetricFigure metric={metric} idPrefix={anchor} />
          {metric.recent.length > 0 ? (
            <div className="flex flex-col gap-2">
              <MetricValuesTable
                metric={metric}
                rows={metric.recent}
                indicatorSlug={indicatorSlug}
                caption={
                  metric.count > metric.recent.length
                    ? t("newestOf", { count: metric.recent.length, title: title.text })
                    : t("valuesOf", { title: title.text })
                }
              />
              <p className="text-sm">
                <Link href={href} className="underline underline-offset-2">
                  {t.rich("all", {
                    values: valuesLabel(metric.count, locale),
                    title: title.text,
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </Link>
              </p>
            </div>
          ) : (
            <p className="text-sm">
              <Link href={href} className="underline underline-offset-2">
                {t.rich("about", { title: title.text, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
              </Link>
            </p>
          )}
        </div>
      )}
      {!hasChart(metric) && (
        <p className="text-sm">
          <Link href={href} className="underline underline-offset-2">
            {t.rich("about", { title: title.text, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
          </Link>
        </p>
      )}
    </article>
  );
}
