import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HeaderRow } from "@/components/table";
import { Code, linkTag, richTags } from "@/components/rich-text";
import { Link } from "@/i18n/navigation";
import { FEED_SIZE } from "@/lib/feeds/feeds";
import { pageMetadata, siteFeeds } from "@/lib/http/seo";
import { labels } from "@/lib/i18n/labels";
import { localePath, type Locale } from "@/lib/i18n/locales";
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
  const field = (section: string, name: string, type: FieldType, key: string, values?: Values): Field => ({
    name,
    type,
    meaning: rich(`${section}.fields.${key}`, values),
  });
  const french = (name: string, original = name, note = false): Field => ({
    name: `${name}_fr`,
    type: "stringOrNull",
    meaning: rich(note ? "frenchNoteOf" : "frenchOf", { field: original }),
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
            field("predictions", "slug", "string", "slug", { address: `/predictions/${SLUG}` }),
            field("predictions", "url", "string", "url"),
            field("predictions", "title", "string", "title"),
            french("title"),
            field("predictions", "claim", "string", "claim"),
            field("predictions", "claim_fr", "stringOrNull", "claimFr"),
            field("predictions", "horizon_on", "dateOrNull", "horizonOn"),
            field("predictions", "position", "integer", "position"),
            field("predictions", "source", "object", "source", {
              date: "2025-12-01",
              month: formatDate(new Date("2025-12-01T00:00:00Z"), "MONTH", locale),
            }),
            field("predictions", "verdict", "object", "verdict", {
              verdicts: VERDICTS.join(", "),
              methodology: (chunks) => (
                <Link href="/methodology#verdict" className={link}>
                  {chunks}
                </Link>
              ),
            }),
            field("predictions", "indicators", "strings", "indicators"),
            field("predictions", "feed", "string", "feed", { french: fr(`/predictions/${SLUG}/feed.xml`) }),
          ]}
        />
      </DataSection>

      <DataSection id="indicators" title={t("indicators.title")}>
        <p>{rich("indicators.query", { path: "GET /api/v1/indicators", prediction: `?prediction=${SLUG}`, status: "?status=<STATUS>" })}</p>
        <Fields
          locale={locale}
          caption={t("indicators.caption")}
          fields={[
            field("indicators", "slug", "string", "slug", { address: `/indicators/${SLUG}` }),
            field("indicators", "url", "string", "url"),
            field("indicators", "prediction", "string", "prediction"),
            field("indicators", "title", "string", "title"),
            french("title"),
            field("indicators", "criteria", "string", "criteria"),
            french("criteria"),
            field("indicators", "theme", "string", "theme"),
            french("theme"),
            field("indicators", "target_on", "dateOrNull", "targetOn"),
            field("indicators", "status", "string", "status", { statuses }),
            field("indicators", "status_label", "string", "statusLabel"),
            field("indicators", "status_since", "date", "statusSince"),
            field("indicators", "overdue", "boolean", "overdue"),
            field("indicators", "last_change_at", "momentOrNull", "lastChangeAt"),
            field("indicators", "position", "integer", "position"),
            field("indicators", "feeds", "object", "feeds"),
            field("indicators", "badge", "string", "badge", { french: fr(`/indicators/${SLUG}/badge.svg`) }),
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
            field("statusChanges", "id", "integer", "id", { anchor: "#change-<id>" }),
            field("statusChanges", "url", "string", "url", { address: `/indicators/${SLUG}/changes/<id>` }),
            field("statusChanges", "indicator, prediction", "string", "slugs"),
            field("statusChanges", "from_status, to_status", "string", "statuses"),
            field("statusChanges", "from_status_label, to_status_label", "string", "statusLabels"),
            field("statusChanges", "effective_on", "date", "effectiveOn"),
            field("statusChanges", "published_at", "moment", "publishedAt"),
            field("statusChanges", "summary", "string", "summary"),
            field("statusChanges", "summary_fr", "stringOrNull", "summaryFr"),
            field("statusChanges", "author", "string", "author"),
            field("statusChanges", "state", "string", "state"),
            field("statusChanges", "corrects_id", "integerOrNull", "correctsId"),
            field("statusChanges", "correction_note", "stringOrNull", "correctionNote"),
            french("correction_note", "correction_note", true),
            field("statusChanges", "corrected_by_id", "integerOrNull", "correctedById"),
            field("statusChanges", "retracted_at, retraction_note", "momentStringOrNull", "retraction"),
            french("retraction_note", "retraction_note", true),
            field("statusChanges", "evidence", "objects", "evidence"),
            field("statusChanges", "evidence[].title_fr", "stringOrNull", "evidenceTitleFr"),
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
            field("metrics", "slug", "string", "slug"),
            field("metrics", "url", "string", "url", { address: `/indicators/${SLUG}/metrics/<metric>` }),
            field("metrics", "indicator, prediction", "string", "slugs"),
            field("metrics", "title", "string", "title"),
            french("title"),
            field("metrics", "definition", "string", "definition"),
            french("definition"),
            field("metrics", "unit", "string", "unit"),
            french("unit"),
            field("metrics", "unit_kind", "string", "unitKind", { min: 0, max: 100 }),
            field("metrics", "decimals", "integer", "decimals", { min: 0, max: MAX_DECIMALS }),
            field("metrics", "direction", "string", "direction"),
            field("metrics", "position", "integer", "position"),
            field("metrics", "targets", "objects", "targets"),
            field("metrics", "targets[].label_fr", "stringOrNull", "targetLabelFr"),
            field("metrics", "targets[].commitment.title_fr", "stringOrNull", "commitmentTitleFr"),
            field("metrics", "observations, csv", "string", "values"),
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
            field("observations", "id", "integer", "id"),
            field("observations", "url", "string", "url", { address: `/indicators/${SLUG}/observations/<id>` }),
            field("observations", "indicator, prediction, metric", "string", "slugs", { metrics: "/api/v1/metrics" }),
            field("observations", "period", "object", "period", PERIOD_EXAMPLES),
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
            field("observations", "stage_label", "string", "stageLabel"),
            field("observations", "estimate", "boolean", "estimate"),
            field("observations", "value", "string", "value", EXAMPLE_DECIMALS),
            field("observations", "value_number", "number", "valueNumber"),
            field("observations", "unit", "string", "unit"),
            french("unit"),
            field("observations", "note", "stringOrNull", "note"),
            french("note", "note", true),
            field("observations", "published_at", "moment", "publishedAt"),
            field("observations", "author", "string", "author"),
            field("observations", "state", "string", "state"),
            field("observations", "revises_id, revised_by_id", "integerOrNull", "revisions"),
            field("observations", "corrects_id, correction_note", "integerStringOrNull", "correction"),
            french("correction_note", "correction_note", true),
            field("observations", "corrected_by_id", "integerOrNull", "correctedById"),
            field("observations", "retracted_at, retraction_note", "momentStringOrNull", "retraction"),
            french("retraction_note", "retraction_note", true),
            field("observations", "evidence", "objects", "evidence"),
            field("observations", "evidence[].title_fr", "stringOrNull", "evidenceTitleFr"),
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
          <li>{rich("feeds.language", { rss: "<language>", atom: "xml:lang", json: `"language"` })}</li>
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
