import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedLinks } from "@/components/feed-links";
import { IndicatorGrid } from "@/components/indicator-grid";
import { SourceCitation } from "@/components/source-citation";
import { VerdictBadge } from "@/components/status-badge";
import { Translated } from "@/components/translated";
import { VerdictReasons } from "@/components/verdict-reasons";
import { formatDate, formatMoment, toIsoDate } from "@/lib/text/dates";
import { getPublicPrediction } from "@/lib/predictions/predictions";
import { getCardProgress } from "@/lib/metrics/progress";
import { pageMetadata, predictionFeeds, siteFeeds } from "@/lib/http/seo";
import { localized } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/locales";
import { notFoundUnlessRenamed } from "@/lib/predictions/slug-redirects";
import { verdictCheckText } from "@/lib/rules/status";
import { Section } from "@/components/section";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: "prediction" });
  const labels = await getTranslations({ locale, namespace: "labels" });
  const prediction = await getPublicPrediction((await params).slug);
  if (!prediction) return { title: t("notFound") };
  const title = localized(prediction, "title", locale).text;
  return pageMetadata({
    locale,
    title: t("metaTitle", { title, verdict: labels(`verdict.${prediction.verdict.verdict}.label`) }),
    description: localized(prediction, "claim", locale).text,
    path: `/predictions/${prediction.slug}`,
    feeds: [...predictionFeeds(locale, prediction.slug, title), ...siteFeeds(locale)],
  });
}

export default async function PredictionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("prediction");
  const labels = await getTranslations("labels");
  const { slug } = await params;
  const prediction = await getPublicPrediction(slug);
  if (!prediction) return notFoundUnlessRenamed("prediction", slug);
  const now = new Date();
  const decisive = prediction.steps.find((step) => step.applies)!;
  const progress = await getCardProgress(prediction.indicators.map((indicator) => indicator.id));
  return (
    <article className="flex flex-col gap-8">
      <header className="flex max-w-4xl flex-col gap-3">
        <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("kicker")}</p>
        <Translated as="h1" value={localized(prediction, "title", locale)} className="text-3xl font-bold tracking-tight sm:text-4xl" />
        <Translated as="p" value={localized(prediction, "claim", locale)} className="text-lg leading-relaxed" />
        <SourceCitation source={prediction.source} />
        <FeedLinks feeds={[{ href: localePath(locale, `/predictions/${prediction.slug}/feed.xml`), label: t("feed") }]} />
      </header>

      <section
        aria-labelledby="verdict"
        className="flex max-w-4xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900"
      >
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="verdict" className="text-xl font-semibold">
            {t("verdict")}
          </h2>
          <VerdictBadge verdict={prediction.verdict.verdict} large />
        </div>
        <VerdictReasons reasons={prediction.verdict.reasons} />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {prediction.horizonOn
            ? t.rich("horizon", {
                date: formatDate(prediction.horizonOn, "DAY", locale),
                time: (chunks) => <time dateTime={toIsoDate(prediction.horizonOn!)}>{chunks}</time>,
              })
            : t("noHorizon")}{" "}
          {t.rich("asOf", { moment: formatMoment(now, locale), time: (chunks) => <time dateTime={now.toISOString()}>{chunks}</time> })}
        </p>
        <h3 className="mt-2 font-semibold">{t("howApplied")}</h3>
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
                  {t("step", { number: index + 1 })} <VerdictBadge verdict={step.verdict} />
                </span>
                <span>
                  {labels(`verdict.${step.verdict}.rule`)}{" "}
                  <span className="text-slate-600 dark:text-slate-400">{t("checked", { check: verdictCheckText(step, locale) })}</span>{" "}
                  <strong>{isDecisive ? t("applies") : skipped ? t("notReached") : t("doesNotApply")}</strong>
                </span>
              </li>
            );
          })}
        </ol>
      </section>

      <Section id="indicators" title={t("indicators")}>
        <IndicatorGrid indicators={prediction.indicators} progress={progress} />
      </Section>
    </article>
  );
}
