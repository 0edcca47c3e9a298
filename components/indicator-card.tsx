import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ClockIcon } from "@/components/icons";
import { StatusBadge } from "@/components/status-badge";
import { Translated } from "@/components/translated";
import { localized, type LocalizedText } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, toIsoDate } from "@/lib/text/dates";
import type { IndicatorSummary } from "@/lib/predictions/indicators";
import { Sparkline } from "@/components/sparkline";
import { metricAnchor } from "@/lib/metrics/links";
import type { CardProgress } from "@/lib/metrics/progress";
import { describeObservation } from "@/lib/rules/metrics";

type French = { titleFr?: string | null; criteriaFr?: string | null; themeFr?: string | null };

/**
 * An indicator on the board or a prediction page. `context` names its prediction where that is not
 * obvious; `progress` is its first metric's latest delivered value and trend, when it has a metric.
 */
export function IndicatorCard({
  indicator,
  context,
  progress,
}: {
  indicator: IndicatorSummary & French & { overdue: boolean };
  context?: LocalizedText;
  progress?: CardProgress;
}) {
  const t = useTranslations("pages");
  const locale = useLocale() as Locale;
  const title = localized(indicator, "title", locale);
  return (
    <article className="card" aria-labelledby={`indicator-${indicator.slug}`} data-testid="indicator-card">
      <Translated
        as="p"
        value={localized(indicator, "theme", locale)}
        className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      />
      {context && <Translated as="p" value={context} className="text-sm muted" />}
      <h3 id={`indicator-${indicator.slug}`} className="text-lg leading-snug font-semibold text-slate-900 dark:text-white">
        <Link href={`/indicators/${indicator.slug}`} className="hover:underline">
          <Translated value={title} />
        </Link>
      </h3>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <StatusBadge status={indicator.status} />
        <span className="text-sm muted">
          {t.rich("since", {
            date: formatDate(indicator.statusSince, "DAY", locale),
            time: (chunks) => <time dateTime={toIsoDate(indicator.statusSince)}>{chunks}</time>,
          })}
        </span>
      </div>
      {(indicator.targetOn || indicator.overdue) && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          {indicator.targetOn && (
            <span>
              {t.rich("targetOn", {
                date: formatDate(indicator.targetOn, "DAY", locale),
                time: (chunks) => <time dateTime={toIsoDate(indicator.targetOn!)}>{chunks}</time>,
              })}
            </span>
          )}
          {indicator.overdue && (
            <span className="inline-flex items-center gap-1 rounded bg-orange-100 px-1.5 py-0.5 font-semibold text-orange-900 dark:bg-orange-950 dark:text-orange-100">
              <ClockIcon className="size-4" />
              {t("overdue")}
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
              <Translated value={localized(progress.metric, "title", locale)} />
            </Link>
            <span className="block font-semibold text-slate-900 dark:text-white">
              {progress.latest
                ? describeObservation(
                    progress.latest,
                    { ...progress.metric, unit: localized(progress.metric, "unit", locale).text },
                    locale,
                  )
                : t("noValues")}
            </span>
          </p>
          <Sparkline points={progress.trend} className="text-sky-700 dark:text-sky-300" />
        </div>
      )}
      <div className="text-sm text-slate-700 dark:text-slate-300">
        <p className="font-medium text-slate-900 dark:text-slate-100">{t("criteria")}</p>
        <Translated as="p" value={localized(indicator, "criteria", locale)} className="mt-1 leading-relaxed" />
      </div>
      {indicator.lastChangeAt && (
        <p className="mt-auto text-xs muted">
          {t.rich("lastUpdate", {
            date: formatDate(indicator.lastChangeAt, "DAY", locale),
            time: (chunks) => <time dateTime={indicator.lastChangeAt!.toISOString()}>{chunks}</time>,
          })}{" "}
          ·{" "}
          <Link href={`/indicators/${indicator.slug}`} className="underline underline-offset-2">
            {t.rich("historyOf", { title: title.text, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
          </Link>
        </p>
      )}
    </article>
  );
}
