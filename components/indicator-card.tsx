import Link from "next/link";
import { ClockIcon } from "@/components/icons";
import { StatusBadge } from "@/components/status-badge";
import { formatDate, toIsoDate } from "@/lib/text/dates";
import type { IndicatorSummary } from "@/lib/predictions/indicators";
import { Sparkline } from "@/components/sparkline";
import { metricAnchor } from "@/lib/metrics/links";
import type { CardProgress } from "@/lib/metrics/progress";
import { describeObservation } from "@/lib/rules/metrics";

/**
 * An indicator on the board or a prediction page. `context` names its prediction where that is not
 * obvious; `progress` is its first metric's latest delivered value and trend, when it has a metric.
 */
export function IndicatorCard({
  indicator,
  context,
  progress,
}: {
  indicator: IndicatorSummary & { overdue: boolean };
  context?: string;
  progress?: CardProgress;
}) {
  return (
    <article className="card" aria-labelledby={`indicator-${indicator.slug}`} data-testid="indicator-card">
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{indicator.theme}</p>
      {context && <p className="text-sm muted">{context}</p>}
      <h3 id={`indicator-${indicator.slug}`} className="text-lg leading-snug font-semibold text-slate-900 dark:text-white">
        <Link href={`/indicators/${indicator.slug}`} className="hover:underline">
          {indicator.title}
        </Link>
      </h3>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <StatusBadge status={indicator.status} />
        <span className="text-sm muted">
          since <time dateTime={toIsoDate(indicator.statusSince)}>{formatDate(indicator.statusSince)}</time>
        </span>
      </div>
      {(indicator.targetOn || indicator.overdue) && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          {indicator.targetOn && (
            <span>
              Target: <time dateTime={toIsoDate(indicator.targetOn)}>{formatDate(indicator.targetOn)}</time>
            </span>
          )}
          {indicator.overdue && (
            <span className="inline-flex items-center gap-1 rounded bg-orange-100 px-1.5 py-0.5 font-semibold text-orange-900 dark:bg-orange-950 dark:text-orange-100">
              <ClockIcon className="size-4" />
              Overdue
            </span>
          )}
        </p>
      )}
      {progress && (
        <div
          className="flex items-center justify-between gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800"
          data-testid="card-metric"
        >
          <p className="min-w-0">
            <Link
              href={`/indicators/${indicator.slug}#${metricAnchor(progress.metric.slug)}`}
              className="text-slate-700 hover:underline dark:text-slate-300"
            >
              {progress.metric.title}
            </Link>
            <span className="block font-semibold text-slate-900 dark:text-white">
              {progress.latest ? describeObservation(progress.latest, progress.metric) : "No values recorded yet"}
            </span>
          </p>
          <Sparkline points={progress.trend} className="text-sky-700 dark:text-sky-300" />
        </div>
      )}
      <div className="text-sm text-slate-700 dark:text-slate-300">
        <p className="font-medium text-slate-900 dark:text-slate-100">What counts as achieved</p>
        <p className="mt-1 leading-relaxed">{indicator.criteria}</p>
      </div>
      {indicator.lastChangeAt && (
        <p className="mt-auto text-xs muted">
          Last update published <time dateTime={indicator.lastChangeAt.toISOString()}>{formatDate(indicator.lastChangeAt)}</time> ·{" "}
          <Link href={`/indicators/${indicator.slug}`} className="underline underline-offset-2">
            history<span className="sr-only"> of {indicator.title}</span>
          </Link>
        </p>
      )}
    </article>
  );
}
