import type { Metadata } from "next";
import { HeaderRow } from "@/components/table";
import { pageMetadata, siteFeeds } from "@/lib/http/seo";
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import { STATUSES } from "@/lib/rules/status";
import { STAGE_INFO, STAGES } from "@/lib/rules/metrics";
import { PERIOD_FORMS } from "@/lib/rules/periods";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  return pageMetadata({
    locale,
    title: "Open data",
    description: "Followthrough's data as JSON, CSV and feeds: every field documented, free to reuse under CC BY 4.0.",
    path: "/data",
    feeds: siteFeeds(locale),
  });
}

type Field = [name: string, type: string, meaning: string];

function Fields({ caption, fields }: { caption: string; fields: Field[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-sm">
        <caption className="bg-slate-50 px-3 py-2 text-left font-semibold dark:bg-slate-800">{caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <HeaderRow columns={["Field", "Type", "Meaning"]} />
        </thead>
        <tbody className="divide-y divide-slate-200 align-top dark:divide-slate-700">
          {fields.map(([name, type, meaning]) => (
            <tr key={name}>
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{name}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600 dark:text-slate-400">{type}</td>
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

const code = "rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800";
const statuses = STATUSES.join(", ");
const stages = STAGES.map((stage) => `${stage}: ${STAGE_INFO[stage].definition.replace(/\.$/, "")}`).join("; ");

export default async function DataPage({ params }: Props) {
  await pageLocale(params);
  return (
    <article className="flex max-w-4xl flex-col gap-8 leading-relaxed">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Open data</h1>
        <p className="text-lg">
          Everything on the board is available as data: JSON for programs, CSV for spreadsheets, and feeds for readers. No key, no sign-up;
          every response may be cached for a minute.
        </p>
      </header>

      <DataSection id="licence" title="Licence" className="flex flex-col gap-2">
        <p>
          Followthrough’s data (predictions, indicators, criteria, statuses, summaries and the structure of the evidence) is published under{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/" className="underline">
            Creative Commons Attribution 4.0 (CC BY 4.0)
          </a>
          : reuse it for anything, crediting “Followthrough”. The sources we cite and the evidence we link to belong to their publishers; we
          link to them and quote at most a sentence.
        </p>
      </DataSection>

      <DataSection id="conventions" title="Conventions" className="flex flex-col gap-2">
        <ul className="list-disc pl-6">
          <li>
            Dates are ISO 8601: calendar dates as <code className={code}>YYYY-MM-DD</code>, moments in UTC with milliseconds.
          </li>
          <li>Statuses are codes ({statuses}) with a human label beside them.</li>
          <li>
            JSON responses wrap the records in <code className={code}>data</code> and carry a <code className={code}>license</code> field.
          </li>
          <li>
            Errors are JSON, <code className={code}>{`{"error": {"status": 400, "message": "…"}}`}</code>, with the matching HTTP status:
            400 for an unknown or malformed parameter or cursor, 404 for an unknown slug.
          </li>
          <li>
            Cross-origin GET requests are allowed from any site (CORS). JSON responses, feeds and badges carry ETag and Last-Modified; send
            them back to get a 304. The CSV export is written as it is read, without them.
          </li>
          <li>
            Retracted and corrected entries are never removed: they appear with <code className={code}>state</code> “retracted” or
            “corrected”, never as the current status. Recorded values follow the same rule, with “revised” for a value its source has since
            revised.
          </li>
          <li>
            Measured values are exact decimals: <code className={code}>value</code> is a string at the metric’s number of decimals (
            <code className={code}>&quot;2.0&quot;</code>, <code className={code}>&quot;-0.5&quot;</code>), and{" "}
            <code className={code}>value_number</code> the same as a JSON number, for convenience (exact to about 15 significant digits).
          </li>
        </ul>
      </DataSection>

      <DataSection id="predictions" title="Predictions">
        <p>
          <code className={code}>GET /api/v1/predictions</code>
        </p>
        <Fields
          caption="Each prediction"
          fields={[
            ["slug", "string", "Stable identifier, also in the page address /predictions/<slug>."],
            ["url", "string", "The prediction's page."],
            ["title", "string", "Short name of the prediction."],
            ["claim", "string", "The claim being tested, quoting its source sparingly."],
            ["horizon_on", "date or null", "Date by which every indicator must be Achieved; null when the source sets none."],
            ["position", "integer", "Order on the board."],
            [
              "source",
              "object",
              "The publication: title, author, outlet, url, published_on, published_precision (DAY, MONTH or YEAR: how much of published_on is known).",
            ],
            [
              "verdict",
              "object",
              "code (CONDITIONS_MET, CONDITIONS_FAILED, AT_RISK, ON_TRACK, NOT_YET_RATED), label, and reasons naming the indicators that decided it. The rule is on /methodology.",
            ],
            ["indicators", "string[]", "Slugs of its indicators, in order."],
            ["feed", "string", "RSS feed of its indicators' status changes."],
          ]}
        />
      </DataSection>

      <DataSection id="indicators" title="Indicators">
        <p>
          <code className={code}>GET /api/v1/indicators</code>, optionally <code className={code}>?prediction=&lt;slug&gt;</code> and{" "}
          <code className={code}>?status=&lt;STATUS&gt;</code>.
        </p>
        <Fields
          caption="Each indicator"
          fields={[
            ["slug", "string", "Stable identifier, also in the page address /indicators/<slug>."],
            ["url", "string", "The indicator's page, with its full history."],
            ["prediction", "string", "Slug of the prediction it belongs to."],
            ["title", "string", "The benchmark."],
            ["criteria", "string", "What counts as Achieved, fixed when tracking began."],
            ["theme", "string", "Policy area."],
            ["target_on", "date or null", "Target date, when there is one."],
            ["status", "string", `Current status: ${statuses}.`],
            ["status_label", "string", "The status in words."],
            ["status_since", "date", "Effective date of the status (or when tracking began, for Not yet rated)."],
            ["overdue", "boolean", "Target date passed and not Achieved (nor Abandoned); derived daily, never stored."],
            ["last_change_at", "moment or null", "When an entry of its history was last published."],
            ["position", "integer", "Order within its prediction."],
            ["feeds", "object", "rss and atom feeds of its status changes."],
            ["badge", "string", "An embeddable SVG badge of its status."],
          ]}
        />
      </DataSection>

      <DataSection id="status-changes" title="Status changes">
        <p>
          <code className={code}>GET /api/v1/status-changes</code>, newest published first. Parameters, all optional:{" "}
          <code className={code}>indicator</code> and <code className={code}>prediction</code> (slugs), <code className={code}>from</code>{" "}
          and <code className={code}>to</code> (effective dates, inclusive), <code className={code}>limit</code> (1–200, default 50) and{" "}
          <code className={code}>cursor</code> (from <code className={code}>pagination.next_cursor</code>, null on the last page;{" "}
          <code className={code}>pagination.next</code> is the whole next address, and <code className={code}>pagination.limit</code> the
          page size used). The same filters, without paging, give every row as CSV:{" "}
          <a href="/api/v1/status-changes.csv" className="underline">
            /api/v1/status-changes.csv
          </a>
          .
        </p>
        <Fields
          caption="Each status change"
          fields={[
            ["id", "integer", "Stable identifier; the entry's anchor on its indicator page is #change-<id>."],
            [
              "url",
              "string",
              "The entry's permanent address, /indicators/<slug>/changes/<id>: it leads to the page of the indicator's history that shows the entry.",
            ],
            ["indicator, prediction", "string", "Slugs."],
            ["from_status, to_status", "string", "The status before and after; equal for an update that adds evidence."],
            ["from_status_label, to_status_label", "string", "The same in words."],
            ["effective_on", "date", "When the change happened."],
            ["published_at", "moment", "When it was published."],
            ["summary", "string", "Public summary, plain text or a small Markdown subset (bold, italic, http(s) links, lists)."],
            ["author", "string", "The editor who recorded it."],
            ["state", "string", "current, corrected (replaced by a correction) or retracted. Only current entries count toward a status."],
            ["corrects_id", "integer or null", "For a correction: the entry it corrects."],
            ["correction_note", "string or null", "For a correction: what was wrong."],
            ["corrected_by_id", "integer or null", "For a corrected entry: the correction that replaces it."],
            ["retracted_at, retraction_note", "moment, string or null", "When and why an admin retracted it."],
            [
              "evidence",
              "object[]",
              "url, title, publisher, published_on, quote (or null), kind: OFFICIAL (official or primary source), NEWS, or ANALYSIS (analysis or opinion).",
            ],
          ]}
        />
        <p>
          The CSV has the same fields, one row per entry, oldest first, except <code className={code}>evidence</code>: in its place,{" "}
          <code className={code}>evidence_count</code> and the evidence URLs separated by spaces in{" "}
          <code className={code}>evidence_urls</code> (the JSON has the rest of each item). It is UTF-8 with a byte order mark, so that
          spreadsheets read accents and other scripts correctly; text that would start a spreadsheet formula begins with an apostrophe.
        </p>
      </DataSection>

      <DataSection id="metrics" title="Metrics">
        <p>
          <code className={code}>GET /api/v1/metrics</code>, optionally <code className={code}>?indicator=&lt;slug&gt;</code> and{" "}
          <code className={code}>?prediction=&lt;slug&gt;</code>: what each indicator measures, in its order, with the dated targets it is
          held to.
        </p>
        <Fields
          caption="Each metric"
          fields={[
            ["slug", "string", "Stable identifier, unique within its indicator."],
            ["url", "string", "The metric's page, /indicators/<slug>/metrics/<metric>: its chart and every value."],
            ["indicator, prediction", "string", "Slugs of the indicator it belongs to and of that indicator's prediction."],
            ["title", "string", "What is measured."],
            ["definition", "string", "What is counted, by whom, and how."],
            ["unit", "string", "The unit as readers see it after the number: “% of GDP”, “CAD billions (2024 dollars)”, “ships”."],
            ["unit_kind", "string", "PERCENT (0 to 100), CURRENCY, COUNT or OTHER."],
            ["decimals", "integer", "Decimals of its values (0 to 6)."],
            ["direction", "string", "HIGHER or LOWER: which way is better."],
            ["position", "integer", "Order within its indicator."],
            [
              "targets",
              "object[]",
              "Dated targets, earliest first: value (string at the metric's decimals) and value_number, due_on (date), label, and commitment: the title, url and date of the commitment it comes from.",
            ],
            ["observations, csv", "string", "Its values in the API and as CSV (the addresses below, filtered to this metric)."],
          ]}
        />
      </DataSection>

      <DataSection id="observations" title="Recorded values">
        <p>
          <code className={code}>GET /api/v1/observations</code>, newest recorded first. Parameters, all optional:{" "}
          <code className={code}>indicator</code> and <code className={code}>prediction</code> (slugs), <code className={code}>metric</code>{" "}
          (a metric’s slug, with its <code className={code}>indicator</code>), <code className={code}>stage</code> ({STAGES.join(", ")}),{" "}
          <code className={code}>limit</code> and <code className={code}>cursor</code> (as for status changes). The same filters, without
          paging, give every row as CSV:{" "}
          <a href="/api/v1/observations.csv" className="underline">
            /api/v1/observations.csv
          </a>
          . A value is never deleted: a new value for a period and stage that already has one is a revision (the source revised its figure),
          a correction replaces our mistake, and a retraction marks a value that no longer counts; all stay here with their notes.
        </p>
        <Fields
          caption="Each recorded value"
          fields={[
            ["id", "integer", "Stable identifier."],
            ["url", "string", "The value's permanent address, /indicators/<slug>/observations/<id>: it leads to the page that shows it."],
            ["indicator, prediction, metric", "string", "Slugs; the metric's definition and unit are in /api/v1/metrics."],
            [
              "period",
              "object",
              `kind: YEAR, FISCAL_YEAR, QUARTER, MONTH or DAY; label, as written: ${PERIOD_FORMS}; start and end: its first and last day.`,
            ],
            ["stage", "string", `Where the money or the thing is. ${stages}.`],
            ["stage_label", "string", "The stage in words."],
            ["estimate", "boolean", "The source marks the figure provisional (as NATO marks its latest year)."],
            ["value", "string", "The value, exactly, at the metric's decimals: “2.0”, “-0.5”."],
            ["value_number", "number", "The same value as a JSON number."],
            ["unit", "string", "The metric's unit."],
            ["note", "string or null", "The editor's note; for a revision, what the source revised and why."],
            ["published_at", "moment", "When it was recorded."],
            ["author", "string", "The editor who recorded it."],
            [
              "state",
              "string",
              "current, revised (a revision replaces it), corrected (a correction replaces it) or retracted. Only current values count in charts, latest values and pace.",
            ],
            [
              "revises_id, revised_by_id",
              "integer or null",
              "For a revision: the value it replaces; for a revised value: the revision that replaces it.",
            ],
            ["corrects_id, correction_note", "integer, string or null", "For a correction: the value it corrects, and what was wrong."],
            ["corrected_by_id", "integer or null", "For a corrected value: the correction that replaces it."],
            ["retracted_at, retraction_note", "moment, string or null", "When and why an admin retracted it."],
            ["evidence", "object[]", "As for status changes: url, title, publisher, published_on, quote (or null), kind."],
          ]}
        />
        <p>
          The CSV has one row per value, oldest first, with the same fields except three: the period in four columns (
          <code className={code}>period_kind</code>, <code className={code}>period_label</code>, <code className={code}>period_start</code>,{" "}
          <code className={code}>period_end</code>), the evidence as <code className={code}>evidence_count</code> and space-separated{" "}
          <code className={code}>evidence_urls</code>, and <code className={code}>value</code> alone (no value_number). Its columns, in
          order: id, indicator, prediction, metric, period_kind, period_label, period_start, period_end, stage, stage_label, estimate,
          value, unit, note, published_at, author, state, revises_id, revised_by_id, corrects_id, correction_note, corrected_by_id,
          retracted_at, retraction_note, evidence_count, evidence_urls, url. Numbers (id, value, the ids that link values, evidence_count)
          are written bare, so that spreadsheets read them as numbers, negative ones included; every text is quoted, and text that would
          start a formula begins with an apostrophe.
        </p>
      </DataSection>

      <DataSection id="feeds" title="Feeds and badges">
        <ul className="list-disc pl-6">
          <li>
            Every status change and recorded value:{" "}
            <a href="/feed.xml" className="underline">
              RSS
            </a>
            ,{" "}
            <a href="/feed.atom" className="underline">
              Atom
            </a>
            ,{" "}
            <a href="/feed.json" className="underline">
              JSON Feed
            </a>
            .
          </li>
          <li>
            Per indicator: <code className={code}>/indicators/&lt;slug&gt;/feed.xml</code> and <code className={code}>feed.atom</code>; per
            prediction: <code className={code}>/predictions/&lt;slug&gt;/feed.xml</code>.
          </li>
          <li>
            One item per published status change, and one for each correction and retraction, newest first, the latest 50. Each item links
            to the entry on its indicator page and has a permanent id of its own.
          </li>
          <li>
            Recorded values are items of the same feeds, among the status changes by the time they were published: one per new value, as
            “Defence spending: 1.4% → 2.0% of GDP (2025, estimate)” (the arrow from the value of the same stage and kind of period that
            ended last before this one began, as the values stand now; none when there is none); one per revision, as “Defence spending,
            2025 revised: 2.1% → 2.0% of GDP”; one per correction, titled “Correction: …”; and one per retraction, at the time of
            retraction, titled “Retraction: …”. A value since revised, corrected or retracted keeps its item, marked [Revised], [Corrected]
            or [Retracted]. Each item gives the value with its stage, the note and the evidence, and links to the value’s permanent address;
            its id is <code className={code}>urn:followthrough:observation:&lt;id&gt;</code>, or{" "}
            <code className={code}>urn:followthrough:observation-retraction:&lt;id&gt;</code> for a retraction.
          </li>
          <li>
            Badge: <code className={code}>/indicators/&lt;slug&gt;/badge.svg</code>; each indicator page offers the HTML to embed it.
          </li>
        </ul>
      </DataSection>
    </article>
  );
}
