import { STATUS_FILL } from "@/components/status-colors";
import { formatDate } from "@/lib/text/dates";
import { statusLabel } from "@/lib/rules/status";
import { daysPerStatus, downsample, type Segment } from "@/lib/status-changes/timeline";

const plural = (days: number) => `${days} day${days === 1 ? "" : "s"}`;

/**
 * Time spent in each status since tracking began, as a server-rendered SVG bar (at most 120
 * slices, however busy the history) with a text legend of the exact totals.
 */
export function StatusStrip({ segments }: { segments: Segment[] }) {
  const total = segments.reduce((n, s) => n + s.days, 0) || 1;
  const totals = daysPerStatus(segments);
  // Each slice starts where the ones before it end.
  const slices = downsample(segments).reduce<{ segment: Segment; x: number; width: number }[]>((placed, segment) => {
    const last = placed.at(-1);
    return [...placed, { segment, x: last ? last.x + last.width : 0, width: (segment.days / total) * 1000 }];
  }, []);
  const summary = totals.map((t) => `${statusLabel(t.status)} ${plural(t.days)}`).join(", ");
  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox="0 0 1000 24"
        preserveAspectRatio="none"
        className="h-6 w-full overflow-hidden rounded"
        role="img"
        aria-label={`Time in each status since tracking began: ${summary}.`}
      >
        {slices.map(({ segment, x, width }) => (
          <rect key={segment.from.toISOString()} x={x} y={0} width={width} height={24} fill={STATUS_FILL[segment.status]}>
            <title>{`${statusLabel(segment.status)}: ${plural(segment.days)}, from ${formatDate(segment.from)}`}</title>
          </rect>
        ))}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          {totals.map((t) => (
            <li key={t.status} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: STATUS_FILL[t.status] }} />
              {statusLabel(t.status)}: {plural(t.days)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
