import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import { FeedLinks } from "@/components/feed-links";
import { IndicatorGrid } from "@/components/indicator-grid";
import { SourceCitation } from "@/components/source-citation";
import { VerdictBadge } from "@/components/status-badge";
import { formatDate, formatMoment, toIsoDate } from "@/lib/text/dates";
import { getPublicPrediction } from "@/lib/predictions/predictions";
import { getCardProgress } from "@/lib/metrics/progress";
import { pageMetadata, predictionFeeds, siteFeeds } from "@/lib/http/seo";
import { notFoundUnlessRenamed } from "@/lib/predictions/slug-redirects";
import { VERDICT_INFO } from "@/lib/rules/status";
import { Section } from "@/components/section";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const prediction = await getPublicPrediction((await params).slug);
  if (!prediction) return { title: "Prediction not found" };
  return pageMetadata({
    locale,
    title: `${prediction.title}: ${VERDICT_INFO[prediction.verdict.verdict].label}`,
    description: prediction.claim,
    path: `/predictions/${prediction.slug}`,
    feeds: [...predictionFeeds(locale, prediction.slug, prediction.title), ...siteFeeds(locale)],
  });
}

export default async function PredictionPage({ params }: Props) {
  await pageLocale(params);
  const { slug } = await params;
  const prediction = await getPublicPrediction(slug);
  if (!prediction) return notFoundUnlessRenamed("prediction", slug);
  const now = new Date();
  const decisive = prediction.steps.find((step) => step.applies)!;
  const progress = await getCardProgress(prediction.indicators.map((indicator) => indicator.id));
  return (
    <article className="flex flex-col gap-8">
      <header className="flex max-w-4xl flex-col gap-3">
        <p className="text-sm font-medium text-slate-600 dark:text-slate-400">Prediction</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{prediction.title}</h1>
        <p className="text-lg leading-relaxed">{prediction.claim}</p>
        <SourceCitation source={prediction.source} />
        <FeedLinks feeds={[{ href: `/predictions/${prediction.slug}/feed.xml`, label: "RSS feed of its status changes" }]} />
      </header>

      <section
        aria-labelledby="verdict"
        className="flex max-w-4xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900"
      >
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="verdict" className="text-xl font-semibold">
            Verdict
          </h2>
          <VerdictBadge verdict={prediction.verdict.verdict} large />
        </div>
        {prediction.verdict.reasons.map((reason) => (
          <p key={reason}>{reason}</p>
        ))}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {prediction.horizonOn ? (
            <>
              Horizon: <time dateTime={toIsoDate(prediction.horizonOn)}>{formatDate(prediction.horizonOn)}</time>.{" "}
            </>
          ) : (
            "No horizon date. "
          )}
          As of <time dateTime={now.toISOString()}>{formatMoment(now)}</time>.
        </p>
        <h3 className="mt-2 font-semibold">How the rule was applied</h3>
        <ol className="flex flex-col gap-2 text-sm">
          {prediction.steps.map((step, index) => {
            const isDecisive = step === decisive;
            const skipped = prediction.steps.indexOf(decisive) < index;
            return (
              <li
                key={step.verdict}
                className={`flex flex-col gap-1 rounded-md p-2 sm:flex-row sm:items-center sm:gap-3 ${isDecisive ? "bg-slate-100 dark:bg-slate-800" : ""}`}
                data-decisive={isDecisive || undefined}
              >
                <span className="w-44 shrink-0">
                  {index + 1}. <VerdictBadge verdict={step.verdict} />
                </span>
                <span>
                  {VERDICT_INFO[step.verdict].rule} <span className="text-slate-600 dark:text-slate-400">Checked: {step.check}</span>{" "}
                  <strong>{isDecisive ? "Applies: this is the verdict." : skipped ? "Not reached." : "Does not apply."}</strong>
                </span>
              </li>
            );
          })}
        </ol>
      </section>

      <Section id="indicators" title="Indicators">
        <IndicatorGrid indicators={prediction.indicators} progress={progress} />
      </Section>
    </article>
  );
}
