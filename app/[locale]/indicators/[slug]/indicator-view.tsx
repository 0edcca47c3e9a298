import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
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
import { Translated } from "@/components/translated";
import { localized } from "@/lib/i18n/content";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { statusSegments } from "@/lib/status-changes/timeline";
import { Section } from "@/components/section";
import { MetricProgress } from "@/components/metric-progress";
import type { MetricView } from "@/lib/metrics/progress";

type Indicator = NonNullable<Awaited<ReturnType<typeof getPublicIndicator>>>;

/**
 * An indicator's page: /indicators/<slug> (its newest entries, and its metrics when `metrics` is
 * given) and the pages of its history, /indicators/<slug>/history/<n> (`indicator.page` is n).
 */
export function IndicatorView({ indicator, metrics = [] }: { indicator: Indicator; metrics?: MetricView[] }) {
  const t = useTranslations("indicator");
  const pages = useTranslations("pages");
  const verdict = useTranslations("verdict");
  const locale = useLocale() as Locale;
  const title = localized(indicator, "title", locale);
  const now = new Date();
  const overdue = isOverdue(indicator);
  const segments = statusSegments(new Date(`${toIsoDate(indicator.createdAt)}T00:00:00Z`), now, indicator.effectiveEntries);
  const site = getEnv().SITE_URL.replace(/\/$/, "");
  const badgePath = localePath(locale, `/indicators/${indicator.slug}/badge.svg`);
  // The badge changes with the status; the snippet's text must not, so it names the indicator only.
  const embed = `<a href="${site}${localePath(locale, `/indicators/${indicator.slug}`)}"><img src="${site}${badgePath}" alt="${escapeHtml(t("embedAlt", { title: title.text }))}"></a>`;
  const { page, pageCount } = indicator;
  const shown = new Set(indicator.entries.map((entry) => entry.id));

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={`/predictions/${indicator.prediction.slug}`} className="underline underline-offset-2">
            <Translated value={localized(indicator.prediction, "title", locale)} />
          </Link>{" "}
          · <Translated value={localized(indicator, "theme", locale)} />
        </p>
        <Translated as="h1" value={title} className="text-3xl font-bold tracking-tight sm:text-4xl" />
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={indicator.status} />
          <span className="text-slate-700 dark:text-slate-300">
            {pages.rich("since", {
              date: formatDate(indicator.statusSince, "DAY", locale),
              time: (chunks) => <time dateTime={toIsoDate(indicator.statusSince)}>{chunks}</time>,
            })}
          </span>
          {indicator.targetOn && (
            <span className="text-slate-700 dark:text-slate-300">
              ·{" "}
              {t.rich("target", {
                date: formatDate(indicator.targetOn, "DAY", locale),
                time: (chunks) => <time dateTime={toIsoDate(indicator.targetOn!)}>{chunks}</time>,
              })}
            </span>
          )}
          {overdue && (
            <span className="inline-flex items-center gap-1 rounded bg-orange-100 px-1.5 py-0.5 text-sm font-semibold text-orange-900 dark:bg-orange-950 dark:text-orange-100">
              <ClockIcon className="size-4" />
              {pages("overdue")}
            </span>
          )}
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="freshness">
          {pages.rich("freshness", {
            moment: formatMoment(now, locale),
            time: (chunks) => <time dateTime={now.toISOString()}>{chunks}</time>,
          })}
        </p>
      </header>

      <Section id="criteria" title={pages("criteria")} className="flex max-w-3xl flex-col gap-2">
        <Translated as="p" value={localized(indicator, "criteria", locale)} className="leading-relaxed" />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("fixed", {
            author: indicator.prediction.source.author,
            title: verdict("quoted", { title: indicator.prediction.source.title }),
            outlet: indicator.prediction.source.outlet,
          })}
        </p>
      </Section>

      <Section id="over-time" title={t("overTime")} className="flex flex-col gap-2">
        <StatusStrip segments={segments} />
      </Section>

      {metrics.length > 0 && (
        <Section id="measured-progress" title={t("measuredProgress")} className="flex flex-col gap-4">
          <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
            {t.rich("measuredIntro", {
              link: (chunks) => (
                <Link href="/methodology#measured-progress" className="underline underline-offset-2">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          {metrics.map((metric) => (
            <MetricProgress key={metric.id} metric={metric} indicatorSlug={indicator.slug} />
          ))}
        </Section>
      )}

      <section aria-labelledby="history" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="history" className="text-xl font-semibold">
            {page !== null ? t("historyPage", { page, pageCount }) : indicator.entryCount > shown.size ? t("latest") : t("history")}
          </h2>
          <FeedLinks
            feeds={[
              { href: localePath(locale, `/indicators/${indicator.slug}/feed.xml`), label: t("rss") },
              { href: localePath(locale, `/indicators/${indicator.slug}/feed.atom`), label: t("atom") },
            ]}
          />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t.rich("historyIntro", {
            count: indicator.entryCount,
            link: (chunks) => (
              <a href={`/api/v1/status-changes?indicator=${indicator.slug}`} className="underline">
                {chunks}
              </a>
            ),
          })}
        </p>
        <Timeline
          entries={indicator.entries}
          entryHref={(id) => (shown.has(id) ? `#change-${id}` : localePath(locale, changeHref(indicator.slug, id)))}
        />
        <ChangeAnchorFallback slug={indicator.slug} prefix={localePath(locale, "")} />
        {page === null ? (
          indicator.entryCount > shown.size && (
            <p>
              <Link href={historyHref(indicator.slug, 1)} className="font-medium underline underline-offset-2">
                {t("fullHistory", { count: indicator.entryCount })}
              </Link>
            </p>
          )
        ) : (
          <nav aria-label={t("historyPages")} className="flex flex-wrap items-center gap-4 text-sm">
            <Link href={`/indicators/${indicator.slug}`} className="underline">
              {t("overview")}
            </Link>
            {page > 1 && (
              <Link href={historyHref(indicator.slug, page - 1)} rel="prev" className="underline">
                {t("newer")}
              </Link>
            )}
            <span>{t("pageOf", { page, pageCount })}</span>
            {page < pageCount && (
              <Link href={historyHref(indicator.slug, page + 1)} rel="next" className="underline">
                {t("older")}
              </Link>
            )}
          </nav>
        )}
      </section>

      {page === null && (
        <Section id="embed" title={t("embed")} className="flex flex-col gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- the badge is an SVG served by this site */}
          <img
            src={badgePath}
            alt={t("badgeAlt", { title: title.text, status: statusLabel(indicator.status, locale) })}
            className="h-5 self-start"
          />
          <label htmlFor="embed-code" className="text-sm font-medium">
            {t("embedLabel")}
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
