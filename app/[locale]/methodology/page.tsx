import type { Metadata } from "next";
import { StatusBadge, VerdictBadge } from "@/components/status-badge";
import { pageMetadata, siteFeeds } from "@/lib/http/seo";
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import { STATUSES, STATUS_INFO, VERDICTS, VERDICT_INFO } from "@/lib/rules/status";
import { STAGE_INFO, STAGES } from "@/lib/rules/metrics";
import { PACE_RULE } from "@/lib/rules/pace";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  return pageMetadata({
    locale,
    title: "Methodology",
    description:
      "How Followthrough rates indicators, derives overdue flags, measures progress against targets and reaches a verdict on each prediction.",
    path: "/methodology",
    feeds: siteFeeds(locale),
  });
}

function MethodSection(props: { id: string; title: string; children: React.ReactNode }) {
  return <Section {...props} headingClassName="text-2xl font-bold tracking-tight" />;
}

export default async function MethodologyPage({ params }: Props) {
  await pageLocale(params);
  return (
    <article className="flex max-w-3xl flex-col gap-10 leading-relaxed text-slate-800 dark:text-slate-200">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">Methodology</h1>
        <p className="text-lg">
          A prediction on Followthrough is a published claim of the form “if these things happen, this will follow”. We do not rate whether
          the outcome is desirable. We track whether its conditions are met: each condition becomes an <strong>indicator</strong> with
          criteria for “Achieved” written down before any rating, taken as closely as possible from the source’s own words.
        </p>
      </header>

      <MethodSection id="statuses" title="The six statuses">
        <p>Every indicator has exactly one of these statuses at any time.</p>
        <dl className="flex flex-col gap-4">
          {STATUSES.map((status) => (
            <div key={status} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-4">
              <dt className="sm:w-48 sm:shrink-0">
                <StatusBadge status={status} />
              </dt>
              <dd>{STATUS_INFO[status].definition}</dd>
            </div>
          ))}
        </dl>
      </MethodSection>

      <MethodSection id="overdue" title="Overdue">
        <p>
          Some indicators carry a target date. An indicator is <strong>overdue</strong> when its target date has passed and it is not
          Achieved. Overdue is not a status of its own: it is worked out from the target date and the current status whenever a page is
          built, so it can never be forgotten or set by hand. An Abandoned indicator is closed rather than late, so it is not flagged as
          overdue. Dates are compared in UTC.
        </p>
      </MethodSection>

      <MethodSection id="verdict" title="The verdict: when a prediction is tested">
        <p>
          Each prediction gets one verdict, computed from its indicators by a fixed rule. The rules are checked in this order, and the first
          one that applies is the verdict:
        </p>
        <ol className="flex list-decimal flex-col gap-3 pl-6">
          {VERDICTS.map((verdict) => (
            <li key={verdict}>
              <span className="mr-2">
                <VerdictBadge verdict={verdict} />
              </span>
              {VERDICT_INFO[verdict].rule}
            </li>
          ))}
        </ol>
        <p>
          “Conditions met” is the moment a prediction becomes testable: its author said that if these things happened, an outcome would
          follow, and they have happened. “Conditions failed” means the prediction can no longer be tested as stated. A prediction may carry
          a <strong>horizon</strong> date; when it passes without every indicator Achieved, the conditions have failed. Without a horizon, a
          prediction stays open until its indicators settle it.
        </p>
      </MethodSection>

      <MethodSection id="measured-progress" title="Measured progress">
        <p>
          A status says what our editors judge; a number says how far things went. An indicator may carry <strong>metrics</strong>: each has
          a definition (what is counted, by whom and how), a unit with a fixed number of decimals, and whether higher or lower is better. A
          metric may have dated <strong>targets</strong>, each a value, a due date and the commitment it comes from, linked.
        </p>
        <p>
          Each value of a metric is for a period (a year, a fiscal year, a quarter, a month or a day) and at a <strong>stage</strong>, and
          carries its evidence like a status change:
        </p>
        <dl className="flex flex-col gap-2">
          {STAGES.map((stage) => (
            <div key={stage} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-4">
              <dt className="font-semibold sm:w-32 sm:shrink-0">{STAGE_INFO[stage].label}</dt>
              <dd>{STAGE_INFO[stage].definition}</dd>
            </div>
          ))}
        </dl>
        <p>
          Pledged and allocated money is not spent money: the charts draw the stages apart (delivered as a solid line, allocated dashed,
          pledged dotted) and an estimate, a figure its source calls provisional, as a hollow marker.
        </p>
        <h3 className="text-lg font-semibold">Revisions and corrections</h3>
        <p>
          Sources revise their past figures, and a new figure for a period and stage already recorded is a <strong>revision</strong>: it
          takes the place of the old one, with a note on what the source changed, and the page shows the value it replaced. A{" "}
          <strong>correction</strong> is our mistake (a figure typed wrong, the wrong period) and carries a public correction note; a{" "}
          <strong>retraction</strong> withdraws a value that should not have been published. In all three the earlier value stays on the
          metric’s page, marked; only the value in force counts in the latest value, the chart and the pace.
        </p>
        <h3 id="pace" className="scroll-mt-4 text-lg font-semibold">
          Pace
        </h3>
        <p>Pace is worked out by one rule, the same everywhere on the site:</p>
        <ol className="flex list-decimal flex-col gap-2 pl-6" data-testid="pace-rule">
          {PACE_RULE.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ol>
        <p>
          Pace informs; it never changes an indicator’s status or a prediction’s verdict by itself. Editors see it beside the status form
          and decide, with evidence, whether the status should change.
        </p>
      </MethodSection>

      <MethodSection id="principles" title="Editorial principles">
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>
            <strong>Criteria first.</strong> What counts as Achieved is fixed when an indicator is created, before any rating, and quotes or
            paraphrases the source. Once an indicator has been rated, its criteria cannot be edited.
          </li>
          <li>
            <strong>Evidence on every change.</strong> Every status change carries a public summary and at least one piece of evidence: a
            link, its publisher and date, and whether it is an official or primary source, news, or analysis and opinion.
          </li>
          <li>
            <strong>Corrections in public.</strong> When we get a fact, a date or a status wrong, we correct it with a public note. The
            original stays in the indicator’s history, marked as corrected; nothing is silently rewritten or deleted. One thing follows the
            history as it stands: the status each entry is shown changing <em>from</em> is the status of the entry in force before it, so a
            correction, a retraction or an entry recorded late for an earlier date changes what the entries after it read as “from”. Their
            summaries, evidence and dates never change.
          </li>
          <li>
            <strong>Sources are cited, not republished.</strong> We link to the publication a prediction comes from and quote at most a
            sentence or two of it, attributed.
          </li>
          <li>
            <strong>Every indicator starts as Not yet rated.</strong> We do not guess: a status changes only when an editor records evidence
            for it.
          </li>
        </ul>
      </MethodSection>
    </article>
  );
}
