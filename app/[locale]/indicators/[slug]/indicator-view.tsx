import Link from "next/link";
import { ChangeAnchorFallback } from "@/components/change-anchor-fallback";
import { FeedLinks } from "@/components/feed-links";
import { ClockIcon } from "@/components/icons";
import { StatusBadge } from "@/components/status-badge";
import { StatusStrip } from "@/components/status-strip";
import { Timeline } from "@/components/timeline";
import { formatDate, formatMoment, toIsoDate } from "@/lib/text/dates";
import { getEnv } from "@/lib/env";
import { escapeHtml } from "@/lib/text/markdown";
import { changeHref, historyHref } from "@/lib/status-changes/history";
import type { getPublicIndicator } from "@/lib/predictions/indicators";
import { isOverdue, statusLabel } from "@/lib/rules/status";
import { statusSegments } from "@/lib/status-changes/timeline";
import { Section } from "@/components/section";
import { MetricProgress } from "@/components/metric-progress";
import type { MetricView } from "@/lib/metrics/progress";

type Indicator = NonNullable<Awaited<ReturnType<typeof getPublicIndicator>>>;

/**
 * An indicator's page: /indicators/<slug> (newest entries, and its metrics when `metrics` is given)
 * and /indicators/<slug>/history/<n>.
 */
export function IndicatorView({ indicator, metrics = [] }: { indicator: Indicator; metrics?: MetricView[] }) {
  const now = new Date();
  const overdue = isOverdue(indicator);
  const segments = statusSegments(new Date(`${toIsoDate(indicator.createdAt)}T00:00:00Z`), now, indicator.effectiveEntries);
  const site = getEnv().SITE_URL.replace(/\/$/, "");
  const badgeUrl = `${site}/indicators/${indicator.slug}/badge.svg`;
  // The badge changes with the status; the snippet's text must not, so it names the indicator only.
  const embed = `<a href="${site}/indicators/${indicator.slug}"><img src="${badgeUrl}" alt="Status of “${escapeHtml(indicator.title)}” on Followthrough"></a>`;
  const { page, pageCount } = indicator;
  const shown = new Set(indicator.entries.map((entry) => entry.id));

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={`/predictions/${indicator.prediction.slug}`} className="underline underline-offset-2">
            {indicator.prediction.title}
          </Link>{" "}
          · {indicator.theme}
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{indicator.title}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={indicator.status} />
          <span className="text-slate-700 dark:text-slate-300">
            since <time dateTime={toIsoDate(indicator.statusSince)}>{formatDate(indicator.statusSince)}</time>
          </span>
          {indicator.targetOn && (
            <span className="text-slate-700 dark:text-slate-300">
              · target <time dateTime={toIsoDate(indicator.targetOn)}>{formatDate(indicator.targetOn)}</time>
            </span>
          )}
          {overdue && (
            <span className="inline-flex items-center gap-1 rounded bg-orange-100 px-1.5 py-0.5 text-sm font-semibold text-orange-900 dark:bg-orange-950 dark:text-orange-100">
              <ClockIcon className="size-4" />
              Overdue
            </span>
          )}
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="freshness">
          Reflects changes up to <time dateTime={now.toISOString()}>{formatMoment(now)}</time>.
        </p>
      </header>

      <Section id="criteria" title="What counts as achieved" className="flex max-w-3xl flex-col gap-2">
        <p className="leading-relaxed">{indicator.criteria}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Fixed when tracking began. Source: {indicator.prediction.source.author}, “{indicator.prediction.source.title}”,{" "}
          {indicator.prediction.source.outlet}.
        </p>
      </Section>

      <Section id="over-time" title="Status over time" className="flex flex-col gap-2">
        <StatusStrip segments={segments} />
      </Section>

      {metrics.length > 0 && (
        <Section id="measured-progress" title="Measured progress" className="flex flex-col gap-4">
          <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
            Numbers against dated targets, each value with its evidence. Pace is worked out by{" "}
            <Link href="/methodology#measured-progress" className="underline underline-offset-2">
              a fixed rule
            </Link>{" "}
            and never changes the status by itself.
          </p>
          {metrics.map((metric) => (
            <MetricProgress key={metric.id} metric={metric} indicatorSlug={indicator.slug} />
          ))}
        </Section>
      )}

      <section aria-labelledby="history" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="history" className="text-xl font-semibold">
            History{pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}
          </h2>
          <FeedLinks
            feeds={[
              { href: `/indicators/${indicator.slug}/feed.xml`, label: "RSS" },
              { href: `/indicators/${indicator.slug}/feed.atom`, label: "Atom" },
            ]}
          />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Newest first{indicator.entryCount ? `, ${indicator.entryCount} entr${indicator.entryCount === 1 ? "y" : "ies"} in all` : ""}.
          Corrections and retractions are shown in place; nothing is removed. Every entry is also in the{" "}
          <a href={`/api/v1/status-changes?indicator=${indicator.slug}`} className="underline">
            open data
          </a>
          .
        </p>
        <Timeline entries={indicator.entries} entryHref={(id) => (shown.has(id) ? `#change-${id}` : changeHref(indicator.slug, id))} />
        <ChangeAnchorFallback slug={indicator.slug} />
        {pageCount > 1 && (
          <nav aria-label="Pages of the history" className="flex flex-wrap items-center gap-4 text-sm">
            {page > 1 && (
              <Link href={historyHref(indicator.slug, page - 1)} rel="prev" className="underline">
                ← Newer entries
              </Link>
            )}
            <span>
              Page {page} of {pageCount}
            </span>
            {page < pageCount && (
              <Link href={historyHref(indicator.slug, page + 1)} rel="next" className="underline">
                Older entries →
              </Link>
            )}
          </nav>
        )}
      </section>

      {page === 1 && (
        <Section id="embed" title="Embed this status" className="flex flex-col gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- the badge is an SVG served by this site */}
          <img
            src={`/indicators/${indicator.slug}/badge.svg`}
            alt={`${indicator.title}: ${statusLabel(indicator.status)}`}
            className="h-5 self-start"
          />
          <label htmlFor="embed-code" className="text-sm font-medium">
            HTML to paste into your page
          </label>
          <textarea
            id="embed-code"
            readOnly
            rows={3}
            value={embed}
            className="w-full max-w-3xl rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
        </Section>
      )}
    </article>
  );
}
