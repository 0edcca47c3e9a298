import { useLocale, useTranslations } from "next-intl";
import { STATUS_FILL } from "@/components/status-colors";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/text/dates";
import { statusLabel } from "@/lib/rules/status";
import { daysPerStatus, downsample, type Segment } from "@/lib/status-changes/timeline";

/**
 * Time spent in each status since tracking began, as a server-rendered SVG bar (at most 120
 * slices, however busy the history) with a text legend of the exact totals.
 */
export function StatusStrip({ segments }: { segments: Segment[] }) {
  const t = useTranslations("indicator.strip");
  const locale = useLocale() as Locale;
  const label = (status: Segment["status"]) => statusLabel(status, locale);
  const total = segments.reduce((n, s) => n + s.days, 0) || 1;
  const totals = daysPerStatus(segments);
  // Each slice starts where the ones before it end.
  const slices = downsample(segments).reduce<{ segment: Segment; x: number; width: number }[]>((placed, segment) => {
    const last = placed.at(-1);
    return [...placed, { segment, x: last ? last.x + last.width : 0, width: (segment.days / total) * 1000 }];
  }, []);
  const summary = totals.map((total) => t("summaryItem", { status: label(total.status), days: total.days })).join(", ");
  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox="0 0 1000 24"
        preserveAspectRatio="none"
        className="h-6 w-full overflow-hidden rounded"
        role="img"
        aria-label={t("label", { summary })}
      >
        {slices.map(({ segment, x, width }) => (
          <rect key={segment.from.toISOString()} x={x} y={0} width={width} height={24} fill={STATUS_FILL[segment.status]}>
            <title>
              {t("slice", { status: label(segment.status), days: segment.days, date: formatDate(segment.from, "DAY", locale) })}
            </title>
          </rect>
        ))}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          {totals.map((total) => (
            <li key={total.status} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: STATUS_FILL[total.status] }} />
              {t("legend", { status: label(total.status), days: total.days })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
