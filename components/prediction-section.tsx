import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { IndicatorGrid } from "@/components/indicator-grid";
import { SourceCitation } from "@/components/source-citation";
import { VerdictBadge } from "@/components/status-badge";
import { Translated } from "@/components/translated";
import { VerdictReasons } from "@/components/verdict-reasons";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, toIsoDate } from "@/lib/text/dates";
import type { BoardEntry } from "@/lib/predictions/board";
import type { CardProgress } from "@/lib/metrics/progress";

/** One prediction on the board: its claim, source, verdict and indicator cards. */
export function PredictionSection({ prediction, progress }: { prediction: BoardEntry; progress?: Map<number, CardProgress> }) {
  const t = useTranslations("board");
  const locale = useLocale() as Locale;
  const headingId = `prediction-${prediction.slug}`;
  const title = localized(prediction, "title", locale);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-5" data-testid="prediction">
      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900">
        <h2 id={headingId} className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">
          <Link href={`/predictions/${prediction.slug}`} className="hover:underline">
            <Translated value={title} />
          </Link>
          {prediction.continued && <span className="ml-2 text-base font-normal text-slate-600 dark:text-slate-400">{t("continued")}</span>}
        </h2>
        <Translated
          as="p"
          value={localized(prediction, "claim", locale)}
          className="text-base leading-relaxed text-slate-800 dark:text-slate-200"
        />
        <SourceCitation source={prediction.source} />
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 sm:flex-row sm:items-start sm:gap-4 dark:border-slate-700">
          <p className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-300">
            {t("verdict")} <VerdictBadge verdict={prediction.verdict.verdict} />
          </p>
          <div className="text-sm text-slate-700 dark:text-slate-300">
            <VerdictReasons reasons={prediction.verdict.reasons} />
            <p className="text-slate-600 dark:text-slate-400">
              {prediction.horizonOn
                ? t.rich("horizon", {
                    date: formatDate(prediction.horizonOn, "DAY", locale),
                    time: (chunks) => <time dateTime={toIsoDate(prediction.horizonOn!)}>{chunks}</time>,
                  })
                : t("noHorizon")}
            </p>
          </div>
        </div>
      </div>
      <IndicatorGrid indicators={prediction.indicators} label={t("indicatorsOf", { title: title.text })} progress={progress} />
      {prediction.continues && <p className="text-sm text-slate-600 dark:text-slate-400">{t("continues")}</p>}
    </section>
  );
}
