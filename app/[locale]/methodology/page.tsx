import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge, VerdictBadge } from "@/components/status-badge";
import { richTags } from "@/components/rich-text";
import { pageMetadata, siteFeeds } from "@/lib/http/seo";
import { labels } from "@/lib/i18n/labels";
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import { STATUSES, VERDICTS } from "@/lib/rules/status";
import { STAGES } from "@/lib/rules/metrics";
import { paceRule } from "@/lib/rules/pace";
import { Section } from "@/components/section";

// Every word of this page is in messages/<locale>/methodology.json; the statuses, verdicts, stages
// and the pace rule come from labels.json, where the rest of the site reads them too.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: "methodology" });
  return pageMetadata({ locale, title: t("metaTitle"), description: t("metaDescription"), path: "/methodology", feeds: siteFeeds(locale) });
}

function MethodSection(props: { id: string; title: string; children: React.ReactNode }) {
  return <Section {...props} headingClassName="text-2xl font-bold tracking-tight" />;
}

const PRINCIPLES = ["criteria", "evidence", "corrections", "sources", "notYetRated", "translations"] as const;

export default async function MethodologyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "methodology" });
  const rich = (key: string) => t.rich(key, richTags);
  const { status, verdict, stage } = labels(locale);
  return (
    <article className="flex max-w-3xl flex-col gap-10 leading-relaxed text-slate-800 dark:text-slate-200">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{t("title")}</h1>
        <p className="text-lg">{rich("intro")}</p>
      </header>

      <MethodSection id="statuses" title={t("statuses.title")}>
        <p>{t("statuses.intro")}</p>
        <dl className="flex flex-col gap-4">
          {STATUSES.map((code) => (
            <div key={code} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-4">
              <dt className="sm:w-48 sm:shrink-0">
                <StatusBadge status={code} />
              </dt>
              <dd>{status[code].definition}</dd>
            </div>
          ))}
        </dl>
      </MethodSection>

      <MethodSection id="overdue" title={t("overdue.title")}>
        <p>{rich("overdue.body")}</p>
      </MethodSection>

      <MethodSection id="verdict" title={t("verdict.title")}>
        <p>{t("verdict.intro")}</p>
        <ol className="flex list-decimal flex-col gap-3 pl-6">
          {VERDICTS.map((code) => (
            <li key={code}>
              <span className="mr-2">
                <VerdictBadge verdict={code} />
              </span>
              {verdict[code].rule}
            </li>
          ))}
        </ol>
        <p>{rich("verdict.testable")}</p>
      </MethodSection>

      <MethodSection id="measured-progress" title={t("progress.title")}>
        <p>{rich("progress.metrics")}</p>
        <p>{rich("progress.stages")}</p>
        <dl className="flex flex-col gap-2">
          {STAGES.map((code) => (
            <div key={code} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-4">
              <dt className="font-semibold sm:w-32 sm:shrink-0">{stage[code].label}</dt>
              <dd>{stage[code].definition}</dd>
            </div>
          ))}
        </dl>
        <p>{t("progress.charts")}</p>
        <h3 className="text-lg font-semibold">{t("progress.revisionsTitle")}</h3>
        <p>{rich("progress.revisions")}</p>
        <h3 id="pace" className="scroll-mt-4 text-lg font-semibold">
          {t("progress.paceTitle")}
        </h3>
        <p>{t("progress.paceIntro")}</p>
        <ol className="flex list-decimal flex-col gap-2 pl-6" data-testid="pace-rule">
          {paceRule(locale).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ol>
        <p>{t("progress.paceInforms")}</p>
      </MethodSection>

      <MethodSection id="principles" title={t("principles.title")}>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          {PRINCIPLES.map((principle) => (
            <li key={principle}>{rich(`principles.${principle}`)}</li>
          ))}
        </ul>
      </MethodSection>
    </article>
  );
}
