import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HeaderRow } from "@/components/table";
import { Code, linkTag, richTags } from "@/components/rich-text";
import { Link } from "@/i18n/navigation";
import { FEED_SIZE } from "@/lib/feeds/feeds";
import { pageMetadata, siteFeeds } from "@/lib/http/seo";
import { labels } from "@/lib/i18n/labels";
import { localePath, otherLocale, type Locale } from "@/lib/i18n/locales";
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import { STATUSES, VERDICTS } from "@/lib/rules/status";
import { MAX_DECIMALS, STAGES } from "@/lib/rules/metrics";
import { formatDate } from "@/lib/text/dates";
import { Section } from "@/components/section";
import { FRENCH_CSV_COLUMNS, observationColumns } from "./csv-columns";

// The open data's documentation. Its words are messages/<locale>/data.json; what stays here is
// code: addresses, field names, codes and JSON, passed into the messages as values.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: "data" });
  return pageMetadata({ locale, title: t("metaTitle"), description: t("metaDescription"), path: "/data", feeds: siteFeeds(locale) });
}

type FieldType =
  | "string"
  | "stringOrNull"
  | "strings"
  | "integer"
  | "integerOrNull"
  | "number"
  | "boolean"
  | "date"
  | "dateOrNull"
  | "moment"
  | "momentOrNull"
  | "object"
  | "objects"
  | "momentStringOrNull"
  | "integerStringOrNull";
type Field = { name: string; type: FieldType; meaning: React.ReactNode };

async function Fields({ locale, caption, fields }: { locale: Locale; caption: string; fields: Field[] }) {
  const t = await getTranslations({ locale, namespace: "data" });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-sm">
        <caption className="bg-slate-50 px-3 py-2 text-left font-semibold dark:bg-slate-800">{caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <HeaderRow columns={[t("columns.field"), t("columns.type"), t("columns.meaning")]} />
        </thead>
        <tbody className="divide-y divide-slate-200 align-top dark:divide-slate-700">
          {fields.map(({ name, type, meaning }) => (
            <tr key={name}>
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{name}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600 dark:text-slate-400">{t(`types.${type}`)}</td>
              <td className="px-3 py-2">{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The page's sections, headed as large as its topics. */
function DataSection({
  className = "flex flex-col gap-3",
  ...props
}: {
  id: string;
  title: string;
  className?: string;
  children: React.ReactNode;
}) {
  return <Section {...props} className={className} headingClassName="text-2xl font-bold" />;
}

// Code the messages show as examples; the same in both languages.
const SLUG = "<slug>";
const EXAMPLE_DECIMALS = { two: "2.0", minusHalf: "-0.5" };
const PERIOD_EXAMPLES = { year: "2025", fiscalYear: "FY2024-25", quarter: "2025-Q3", month: "2025-03", day: "2025-03-31" };
const PAGE_SIZE = { min: 1, max: 200, default: 50 };
const link = "underline";

export default async function DataPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "data" });
  type Values = Record<string, string | number | Date | ((chunks: React.ReactNode) => React.ReactNode)>;
  const rich = (key: string, values: Values = {}) => t.rich(key, { ...richTags, ...values });
  const { stage } = labels(locale);
  const statuses = STATUSES.join(", ");
  /** A row of a section's table, its meaning from data.json "<section>.fields.<key>". */
  const fieldsOf =
    (section: string) =>
    (name: string, type: FieldType, key: string, values?: Values): Field => ({
      name,
      type,
      meaning: rich(`${section}.fields.${key}`, values),
    });
  const [predictions, indicators, statusChanges, metrics, observations] = (
    ["predictions", "indicators", "statusChanges", "metrics", "observations"] as const
  ).map(fieldsOf);
  /** The French twin of an English text field; `note`: an optional note, null also when there is none. */
  const french = (name: string, note = false): Field => ({
    name: `${name}_fr`,
    type: "stringOrNull",
    meaning: rich(note ? "frenchNoteOf" : "frenchOf", { field: name }),
  });
  const feedLinks = (prefix: string, suffix: string) => ({
    [`rss${suffix}`]: linkTag(`${prefix}/feed.xml`),
    [`atom${suffix}`]: linkTag(`${prefix}/feed.atom`),
    [`json${suffix}`]: linkTag(`${prefix}/feed.json`),
  });
  const fr = (path: string) => localePath("fr-CA", path);

  return (
    <article className="flex max-w-4xl flex-col gap-8 leading-relaxed">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>

      <DataSection id="licence" title={t("licence.title")} className="flex flex-col gap-2">
        <p>{rich("licence.body", { licence: linkTag("https://creativecommons.org/licenses/by/4.0/") })}</p>
      </DataSection>

      <DataSection id="conventions" title={t("conventions.title")} className="flex flex-col gap-2">
        <ul className="list-disc pl-6">
          <li>{rich("conventions.dates")}</li>
          <li>{rich("conventions.statuses", { statuses })}</li>
          <li>{rich("conventions.envelope")}</li>
          <li>{rich("conventions.errors", { example: `{"error": {"status": 400, "message": "…"}}` })}</li>
          <li>{rich("conventions.caching")}</li>
          <li>{rich("conventions.history")}</li>
          <li>{rich("conventions.decimals", { ...EXAMPLE_DECIMALS, digits: 15 })}</li>
          <li>{rich("conventions.languages", { example: "<field>_fr" })}</li>
        </ul>
      </DataSection>

      <DataSection id="predictions" title={t("predictions.title")}>
        <p>
          <Code text="GET /api/v1/predictions" />
        </p>
        <Fields
          locale={locale}
          caption={t("predictions.caption")}
          fields={[
            predictions("slug", "string", "slug", { address: `/predictions/${SLUG}` }),
            predictions("url", "string", "url"),
            predictions("title", "string", "title"),
            french("title"),
            predictions("claim", "string", "claim"),
            predictions("claim_fr", "stringOrNull", "claimFr"),
            predictions("horizon_on", "dateOrNull", "horizonOn"),
            predictions("position", "integer", "position"),
            predictions("source", "object", "source", {
              date: "2025-12-01",
              month: formatDate(new Date("2025-12-01T00:00:00Z"), "MONTH", locale),
            }),
            predictions("verdict", "object", "verdict", {
              verdicts: VERDICTS.join(", "),
              methodology: (chunks) => (
                <Link href="/methodology#verdict" className={link}>
                  {chunks}
                </Link>
              ),
            }),
            predictions("indicators", "strings", "indicators"),
            predictions("feed", "string", "feed", { french: fr(`/predictions/${SLUG}/feed.xml`) }),
          ]}
        />
      </DataSection>

      <DataSection id="indicators" title={t("indicators.title")}>
        <p>{rich("indicators.query", { path: "GET /api/v1/indicators", prediction: `?prediction=${SLUG}`, status: "?status=<STATUS>" })}</p>
        <Fields
          locale={locale}
          caption={t("indicators.caption")}
          fields={[
            indicators("slug", "string", "slug", { address: `/indicators/${SLUG}` }),
            indicators("url", "string", "url"),
            indicators("prediction", "string", "prediction"),
            indicators("title", "string", "title"),
            french("title"),
            indicators("criteria", "string", "criteria"),
            french("criteria"),
            indicators("theme", "string", "theme"),
            french("theme"),
            indicators("target_on", "dateOrNull", "targetOn"),
            indicators("status", "string", "status", { statuses }),
            indicators("status_label", "string", "statusLabel"),
            indicators("status_since", "date", "statusSince"),
            indicators("overdue", "boolean", "overdue"),
            indicators("last_change_at", "momentOrNull", "lastChangeAt"),
            indicators("position", "integer", "position"),
            indicators("feeds", "object", "feeds"),
            indicators("badge", "string", "badge", { french: fr(`/indicators/${SLUG}/badge.svg`) }),
          ]}
        />
      </DataSection>

      <DataSection id="status-changes" title={t("statusChanges.title")}>
        <p>
          {rich("statusChanges.query", {
            path: "GET /api/v1/status-changes",
            ...PAGE_SIZE,
            csv: "/api/v1/status-changes.csv",
            csvLink: linkTag("/api/v1/status-changes.csv"),
          })}
        </p>
        <Fields
          locale={locale}
          caption={t("statusChanges.caption")}
          fields={[
            statusChanges("id", "integer", "id", { anchor: "#change-<id>" }),
            statusChanges("url", "string", "url", { address: `/indicators/${SLUG}/changes/<id>` }),
            statusChanges("indicator, prediction", "string", "slugs"),
            statusChanges("from_status, to_status", "string", "statuses"),
            statusChanges("from_status_label, to_status_label", "string", "statusLabels"),
            statusChanges("effective_on", "date", "effectiveOn"),
            statusChanges("published_at", "moment", "publishedAt"),
            statusChanges("summary", "string", "summary"),
            statusChanges("summary_fr", "stringOrNull", "summaryFr"),
            statusChanges("author", "string", "author"),
            statusChanges("state", "string", "state"),
            statusChanges("corrects_id", "integerOrNull", "correctsId"),
            statusChanges("correction_note", "stringOrNull", "correctionNote"),
            french("correction_note", true),
            statusChanges("corrected_by_id", "integerOrNull", "correctedById"),
            statusChanges("retracted_at, retraction_note", "momentStringOrNull", "retraction"),
            french("retraction_note", true),
            statusChanges("evidence", "objects", "evidence"),
            statusChanges("evidence[].title_fr", "stringOrNull", "evidenceTitleFr"),
          ]}
        />
        <p>{rich("statusChanges.csv", { french: FRENCH_CSV_COLUMNS.statusChanges.join(", ") })}</p>
      </DataSection>

      <DataSection id="metrics" title={t("metrics.title")}>
        <p>{rich("metrics.query", { path: "GET /api/v1/metrics", indicator: `?indicator=${SLUG}`, prediction: `?prediction=${SLUG}` })}</p>
        <Fields
          locale={locale}
          caption={t("metrics.caption")}
          fields={[
            metrics("slug", "string", "slug"),
            metrics("url", "string", "url", { address: `/indicators/${SLUG}/metrics/<metric>` }),
            metrics("indicator, prediction", "string", "slugs"),
            metrics("title", "string", "title"),
            french("title"),
            metrics("definition", "string", "definition"),
            french("definition"),
            metrics("unit", "string", "unit"),
            french("unit"),
            metrics("unit_kind", "string", "unitKind", { min: 0, max: 100 }),
            metrics("decimals", "integer", "decimals", { min: 0, max: MAX_DECIMALS }),
            metrics("direction", "string", "direction"),
            metrics("position", "integer", "position"),
            metrics("targets", "objects", "targets"),
            metrics("targets[].label_fr", "stringOrNull", "targetLabelFr"),
            metrics("targets[].commitment.title_fr", "stringOrNull", "commitmentTitleFr"),
            metrics("observations, csv", "string", "values"),
          ]}
        />
      </DataSection>

      <DataSection id="observations" title={t("observations.title")}>
        <p>
          {rich("observations.query", {
            path: "GET /api/v1/observations",
            stages: STAGES.join(", "),
            csv: "/api/v1/observations.csv",
            csvLink: linkTag("/api/v1/observations.csv"),
          })}
        </p>
        <Fields
          locale={locale}
          caption={t("observations.caption")}
          fields={[
            observations("id", "integer", "id"),
            observations("url", "string", "url", { address: `/indicators/${SLUG}/observations/<id>` }),
            observations("indicator, prediction, metric", "string", "slugs", { metrics: "/api/v1/metrics" }),
            observations("period", "object", "period", PERIOD_EXAMPLES),
            {
              name: "stage",
              type: "string",
              meaning: (
                <>
                  {rich("observations.fields.stage")}
                  <ul className="mt-1 list-disc pl-5">
                    {STAGES.map((code) => (
                      <li key={code}>{rich("observations.stageItem", { stage: code, definition: stage[code].definition })}</li>
                    ))}
                  </ul>
                </>
              ),
            },
            observations("stage_label", "string", "stageLabel"),
            observations("estimate", "boolean", "estimate"),
            observations("value", "string", "value", EXAMPLE_DECIMALS),
            observations("value_number", "number", "valueNumber"),
            observations("unit", "string", "unit"),
            french("unit"),
            observations("note", "stringOrNull", "note"),
            french("note", true),
            observations("published_at", "moment", "publishedAt"),
            observations("author", "string", "author"),
            observations("state", "string", "state"),
            observations("revises_id, revised_by_id", "integerOrNull", "revisions"),
            observations("corrects_id, correction_note", "integerStringOrNull", "correction"),
            french("correction_note", true),
            observations("corrected_by_id", "integerOrNull", "correctedById"),
            observations("retracted_at, retraction_note", "momentStringOrNull", "retraction"),
            french("retraction_note", true),
            observations("evidence", "objects", "evidence"),
            observations("evidence[].title_fr", "stringOrNull", "evidenceTitleFr"),
          ]}
        />
        <p>{rich("observations.csv", { columns: observationColumns.join(", "), french: FRENCH_CSV_COLUMNS.observations.join(", ") })}</p>
      </DataSection>

      <DataSection id="feeds" title={t("feeds.title")}>
        <ul className="list-disc pl-6">
          <li>{rich("feeds.site", { ...feedLinks("", ""), ...feedLinks(fr(""), "Fr") })}</li>
          <li>
            {rich("feeds.scoped", {
              indicatorRss: `/indicators/${SLUG}/feed.xml`,
              indicatorAtom: `/indicators/${SLUG}/feed.atom`,
              prediction: `/predictions/${SLUG}/feed.xml`,
              indicatorRssFr: fr(`/indicators/${SLUG}/feed.xml`),
              indicatorAtomFr: fr(`/indicators/${SLUG}/feed.atom`),
              predictionFr: fr(`/predictions/${SLUG}/feed.xml`),
            })}
          </li>
          <li>
            {rich("feeds.language", {
              rss: `<language>${locale.toLowerCase()}</language>`,
              atom: `xml:lang="${locale}"`,
              json: `"language": "${locale}"`,
              other: t(`otherLanguage.${otherLocale(locale)}`),
              otherCode: `${otherLocale(locale).toLowerCase()}, ${otherLocale(locale)}`,
            })}
          </li>
          <li>{rich("feeds.items", { count: FEED_SIZE })}</li>
          <li>
            {rich("feeds.values", {
              from: 1.4,
              to: 2.0,
              revisedFrom: 2.1,
              id: "urn:followthrough:observation:<id>",
              retractionId: "urn:followthrough:observation-retraction:<id>",
            })}
          </li>
          <li>{rich("feeds.badge", { badge: `/indicators/${SLUG}/badge.svg`, badgeFr: fr(`/indicators/${SLUG}/badge.svg`) })}</li>
        </ul>
      </DataSection>
    </article>
  );
}
