import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedLinks } from "@/components/feed-links";
import { ClockIcon } from "@/components/icons";
import { StatusBadge } from "@/components/status-badge";
import { StatusStrip } from "@/components/status-strip";
import { Timeline } from "@/components/timeline";
import { formatDate, formatMoment, toIsoDate } from "@/lib/dates";
import { getEnv } from "@/lib/env";
import { entryState } from "@/lib/history";
import { getPublicIndicator } from "@/lib/indicators";
import { pageMetadata, SITE_FEEDS } from "@/lib/seo";
import { isOverdue, statusLabel } from "@/lib/status";
import { statusSegments } from "@/lib/status-timeline";

// Rendered on first request, then cached until a write revalidates it (see the board's page).
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const feedsOf = (slug: string, title: string) => [
  { href: `/indicators/${slug}/feed.xml`, title: `${title} (RSS)`, type: "rss" as const },
  { href: `/indicators/${slug}/feed.atom`, title: `${title} (Atom)`, type: "atom" as const },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const indicator = await getPublicIndicator((await params).slug);
  if (!indicator) return { title: "Indicator not found" };
  return pageMetadata({
    title: `${indicator.title}: ${statusLabel(indicator.status)}`,
    description: `${statusLabel(indicator.status)} since ${formatDate(indicator.statusSince)}. A benchmark of “${indicator.prediction.title}”, tracked with evidence.`,
    path: `/indicators/${indicator.slug}`,
    feeds: [...feedsOf(indicator.slug, indicator.title), ...SITE_FEEDS],
    image: null, // opengraph-image.tsx beside this page draws the indicator's status
  });
}

export default async function IndicatorPage({ params }: Props) {
  const indicator = await getPublicIndicator((await params).slug);
  if (!indicator) notFound();
  const now = new Date();
  const overdue = isOverdue(indicator);
  const effective = indicator.statusChanges.filter((entry) => entryState(entry) === "current");
  const segments = statusSegments(new Date(`${toIsoDate(indicator.createdAt)}T00:00:00Z`), now, effective);
  const site = getEnv().SITE_URL.replace(/\/$/, "");
  const badgeUrl = `${site}/indicators/${indicator.slug}/badge.svg`;
  const embed = `<a href="${site}/indicators/${indicator.slug}"><img src="${badgeUrl}" alt="${indicator.title.replace(/"/g, "&quot;")}: ${statusLabel(indicator.status)}"></a>`;

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

      <section aria-labelledby="criteria" className="flex max-w-3xl flex-col gap-2">
        <h2 id="criteria" className="text-xl font-semibold">
          What counts as achieved
        </h2>
        <p className="leading-relaxed">{indicator.criteria}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Fixed when tracking began. Source: {indicator.prediction.source.author}, “{indicator.prediction.source.title}”, {indicator.prediction.source.outlet}.
        </p>
      </section>

      <section aria-labelledby="over-time" className="flex flex-col gap-2">
        <h2 id="over-time" className="text-xl font-semibold">
          Status over time
        </h2>
        <StatusStrip segments={segments} />
      </section>

      <section aria-labelledby="history" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="history" className="text-xl font-semibold">
            History
          </h2>
          <FeedLinks feeds={[{ href: `/indicators/${indicator.slug}/feed.xml`, label: "RSS" }, { href: `/indicators/${indicator.slug}/feed.atom`, label: "Atom" }]} />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Newest first. Corrections and retractions are shown in place; nothing is removed.
        </p>
        <Timeline entries={indicator.statusChanges} />
      </section>

      <section aria-labelledby="embed" className="flex flex-col gap-2">
        <h2 id="embed" className="text-xl font-semibold">
          Embed this status
        </h2>
        {/* eslint-disable-next-line @next/next/no-img-element -- the badge is an SVG served by this site */}
        <img src={`/indicators/${indicator.slug}/badge.svg`} alt={`${indicator.title}: ${statusLabel(indicator.status)}`} className="h-5 self-start" />
        <label htmlFor="embed-code" className="text-sm font-medium">
          HTML to paste into your page
        </label>
        <textarea id="embed-code" readOnly rows={3} value={embed} className="w-full max-w-3xl rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900" />
      </section>
    </article>
  );
}
