import Link from "next/link";
import { EvidenceList } from "@/components/evidence-list";
import { MetricFacts, MetricFigure, MetricValuesTable, TargetText } from "@/components/metric-progress";
import { Section } from "@/components/section";
import { metricAnchor, metricHref, observationHref } from "@/lib/metrics/links";
import type { getMetricHistory, MetricHistoryEntry, MetricView } from "@/lib/metrics/progress";
import { DIRECTION_LABELS, describeObservation, formatValue, STAGE_INFO } from "@/lib/rules/metrics";
import { valuesLabel } from "@/lib/rules/progress-text";
import { formatMoment } from "@/lib/text/dates";
import { observationState, standingCorrectionOf, standingRevisionOf, type ObservationState } from "@/lib/rules/observation-state";

type Metric = MetricView & { indicator: { id: number; slug: string; title: string } };
type History = Awaited<ReturnType<typeof getMetricHistory>>;

/** A metric's page: /indicators/<slug>/metrics/<metric> (newest values) and …/history/<n>. */
export function MetricPageView({ metric, history }: { metric: Metric; history: History }) {
  const slug = metric.indicator.slug;
  const { page, pageCount, total } = history;
  const shown = new Set(history.entries.map((entry) => entry.id));
  const valueHref = (id: number) => (shown.has(id) ? `#observation-${id}` : observationHref(slug, id));
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={`/indicators/${slug}#${metricAnchor(metric.slug)}`} className="underline underline-offset-2">
            {metric.indicator.title}
          </Link>{" "}
          · Measured progress
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{metric.title}</h1>
      </header>

      <Section id="definition" title="What is counted" className="flex max-w-3xl flex-col gap-2">
        <p className="leading-relaxed">{metric.definition}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Unit: {metric.unit.trim() || "none"}, shown to {metric.decimals} decimal{metric.decimals === 1 ? "" : "s"}.{" "}
          {DIRECTION_LABELS[metric.direction]}.
        </p>
      </Section>

      <Section id="progress" title="Progress" className="flex flex-col gap-4">
        <div className="card gap-4">
          <MetricFacts metric={metric} />
          <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,480px)_minmax(0,1fr)]">
            <MetricFigure metric={metric} idPrefix={metricAnchor(metric.slug)} />
            {metric.recent.length > 0 && (
              <MetricValuesTable
                metric={metric}
                rows={metric.recent}
                indicatorSlug={slug}
                caption={`The ${metric.recent.length} newest values counting now, newest period first; every value is listed below`}
              />
            )}
          </div>
        </div>
      </Section>

      <Section id="targets" title="Targets" className="flex max-w-3xl flex-col gap-2">
        {metric.targets.length === 0 ? (
          <p className="muted">No target has been set for this metric.</p>
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
          Every value{pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}
        </h2>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          Newest period first; for the same period, the most recently recorded first, so a revision or a correction sits just above the
          value it replaces{total ? `; ${valuesLabel(total)} recorded in all, ${valuesLabel(metric.count)} counting now` : ""}. Revisions
          (the source revised its figure), corrections (our mistake) and retractions are shown in place; nothing is removed.
        </p>
        {history.entries.length === 0 ? (
          <p className="muted">No values recorded yet.</p>
        ) : (
          <ol className="flex flex-col gap-4" aria-label="Every value">
            {history.entries.map((entry) => (
              <li key={entry.id}>
                <ObservationItem entry={entry} metric={metric} valueHref={valueHref} />
              </li>
            ))}
          </ol>
        )}
        {pageCount > 1 && (
          <nav aria-label="Pages of the values" className="flex flex-wrap items-center gap-4 text-sm">
            {page > 1 && (
              <Link href={metricHref(slug, metric.slug, page - 1)} rel="prev" className="underline">
                ← Newer values
              </Link>
            )}
            <span>
              Page {page} of {pageCount}
            </span>
            {page < pageCount && (
              <Link href={metricHref(slug, metric.slug, page + 1)} rel="next" className="underline">
                Older values →
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

function ObservationItem({ entry, metric, valueHref }: { entry: MetricHistoryEntry; metric: Metric; valueHref: (id: number) => string }) {
  const { state, by } = stateOf(entry);
  const value = { ...entry, value: Number(entry.value) };
  const earlier = entry.revises ?? entry.corrects;
  const was = earlier && describeObservation({ ...earlier, value: Number(earlier.value) }, metric);
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
        <span className="text-lg font-semibold text-slate-900 dark:text-white">{formatValue(value.value, metric)}</span>
        <span className="text-slate-700 dark:text-slate-300">
          {entry.periodLabel} · {STAGE_INFO[entry.stage].label}
          {entry.estimate && " · estimate"}
        </span>
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Recorded <time dateTime={entry.createdAt.toISOString()}>{formatMoment(entry.createdAt)}</time> by {entry.author.name} ·{" "}
        <a href={`#observation-${entry.id}`} className="underline underline-offset-2">
          #{entry.id}
        </a>
      </p>

      {entry.revises && (
        <p className={`${note} border-sky-600 bg-sky-50 text-sky-950 dark:bg-sky-950 dark:text-sky-100`} data-testid="revision-note">
          <strong>Revised</strong> by the source: was{" "}
          <a href={valueHref(entry.revises.id)} className="underline">
            {was}
          </a>
          . {entry.note}
        </p>
      )}
      {entry.corrects && (
        <p className={`${note} border-sky-600 bg-sky-50 text-sky-950 dark:bg-sky-950 dark:text-sky-100`} data-testid="correction-note">
          <strong>Correction</strong> of{" "}
          <a href={valueHref(entry.corrects.id)} className="underline">
            value #{entry.corrects.id}
          </a>{" "}
          (was {was}): {entry.correctionNote}
        </p>
      )}
      {state === "corrected" && by && (
        <p
          className={`${note} border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100`}
          data-testid="corrected-marker"
        >
          <strong>Corrected.</strong> This value was replaced by{" "}
          <a href={valueHref(by)} className="underline">
            value #{by}
          </a>
          ; it is kept here as first published and no longer counts.
        </p>
      )}
      {state === "revised" && by && (
        <p
          className={`${note} border-slate-400 bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100`}
          data-testid="revised-marker"
        >
          <strong>Revised.</strong> The source later revised this figure: see{" "}
          <a href={valueHref(by)} className="underline">
            value #{by}
          </a>
          . It no longer counts.
        </p>
      )}
      {entry.retractedAt && (
        <p className={`${note} border-rose-600 bg-rose-50 text-rose-950 dark:bg-rose-950 dark:text-rose-100`} data-testid="retraction-note">
          <strong>Retracted</strong> <time dateTime={entry.retractedAt.toISOString()}>{formatMoment(entry.retractedAt)}</time>
          {entry.retractedBy ? ` by ${entry.retractedBy.name}` : ""}: {entry.retractionNote} It no longer counts.
        </p>
      )}
      {entry.note && !entry.revises && <p className="mt-3 text-slate-800 dark:text-slate-200">{entry.note}</p>}

      <h4 className="mt-4 text-sm font-semibold">Evidence</h4>
      <EvidenceList evidence={entry.evidence} />
    </article>
  );
}
