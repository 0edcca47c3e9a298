import type { Metadata } from "next";
import { HeaderRow } from "@/components/table";
import { pageMetadata, SITE_FEEDS } from "@/lib/http/seo";
import { STATUSES } from "@/lib/rules/status";
import { Section } from "@/components/section";

export const metadata: Metadata = pageMetadata({
  title: "Open data",
  description: "Followthrough's data as JSON, CSV and feeds: every field documented, free to reuse under CC BY 4.0.",
  path: "/data",
  feeds: SITE_FEEDS,
});

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

export default function DataPage() {
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
            “corrected”, never as the current status.
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

      <DataSection id="feeds" title="Feeds and badges">
        <ul className="list-disc pl-6">
          <li>
            Every status change:{" "}
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
            Badge: <code className={code}>/indicators/&lt;slug&gt;/badge.svg</code>; each indicator page offers the HTML to embed it.
          </li>
        </ul>
      </DataSection>
    </article>
  );
}
