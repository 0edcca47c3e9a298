import Link from "next/link";
import { IndicatorGrid } from "@/components/indicator-grid";
import { SourceCitation } from "@/components/source-citation";
import { VerdictBadge } from "@/components/status-badge";
import { formatDate, toIsoDate } from "@/lib/text/dates";
import type { BoardEntry } from "@/lib/predictions/board";
import type { CardProgress } from "@/lib/metrics/progress";

/** One prediction on the board: its claim, source, verdict and indicator cards. */
export function PredictionSection({ prediction, progress }: { prediction: BoardEntry; progress?: Map<number, CardProgress> }) {
  const headingId = `prediction-${prediction.slug}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-5" data-testid="prediction">
      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900">
        <h2 id={headingId} className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">
          <Link href={`/predictions/${prediction.slug}`} className="hover:underline">
            {prediction.title}
          </Link>
          {prediction.continued && <span className="ml-2 text-base font-normal text-slate-600 dark:text-slate-400">(continued)</span>}
        </h2>
        <p className="text-base leading-relaxed text-slate-800 dark:text-slate-200">{prediction.claim}</p>
        <SourceCitation source={prediction.source} />
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 sm:flex-row sm:items-start sm:gap-4 dark:border-slate-700">
          <p className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-300">
            Verdict <VerdictBadge verdict={prediction.verdict.verdict} />
          </p>
          <div className="text-sm text-slate-700 dark:text-slate-300">
            {prediction.verdict.reasons.map((reason) => (
              <p key={reason}>{reason}</p>
            ))}
            <p className="text-slate-600 dark:text-slate-400">
              {prediction.horizonOn ? (
                <>
                  Horizon: <time dateTime={toIsoDate(prediction.horizonOn)}>{formatDate(prediction.horizonOn)}</time>.
                </>
              ) : (
                "No horizon date: the prediction is tested when every indicator is Achieved, or fails if one is Abandoned."
              )}
            </p>
          </div>
        </div>
      </div>
      <IndicatorGrid indicators={prediction.indicators} label={`Indicators of “${prediction.title}”`} progress={progress} />
      {prediction.continues && (
        <p className="text-sm text-slate-600 dark:text-slate-400">More indicators of this prediction on the next page.</p>
      )}
    </section>
  );
}
