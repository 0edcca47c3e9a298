// How long an indicator has spent in each status since tracking began: the data behind the
// status-over-time strip on indicator pages. Pure; tested in lib/status-changes/timeline.test.ts.
import { STATUSES, type Status } from "@/lib/rules/status";

export type Segment = { status: Status; from: Date; to: Date; days: number };

const DAY = 24 * 60 * 60 * 1000;
const startOfDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/**
 * Segments from `trackingStart` to `today`: Not yet rated until the first effective entry, then
 * each entry's status until the next one. `entries` are the effective entries (lib/status-changes/history.ts),
 * in any order. Entries dated before tracking began move its start back.
 */
export function statusSegments(
  trackingStart: Date,
  today: Date,
  entries: { toStatus: Status; effectiveOn: Date; id: number }[],
): Segment[] {
  const sorted = [...entries].sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime() || a.id - b.id);
  const end = new Date(startOfDay(today).getTime() + DAY); // exclusive: today counts as a day
  let cursor = startOfDay(sorted.length && sorted[0].effectiveOn < trackingStart ? sorted[0].effectiveOn : trackingStart);
  let status: Status = "NOT_YET_RATED";
  const segments: Segment[] = [];
  const close = (until: Date) => {
    const to = until > end ? end : until;
    if (to > cursor) {
      const last = segments[segments.length - 1];
      if (last && last.status === status) {
        last.to = to;
        last.days = Math.round((to.getTime() - last.from.getTime()) / DAY);
      } else {
        segments.push({ status, from: cursor, to, days: Math.round((to.getTime() - cursor.getTime()) / DAY) });
      }
      cursor = to;
    }
  };
  for (const entry of sorted) {
    close(startOfDay(entry.effectiveOn));
    status = entry.toStatus;
  }
  close(end);
  return segments;
}

/** Days per status, in the order of STATUSES, leaving out statuses never held. */
export function daysPerStatus(segments: Segment[]) {
  return STATUSES.map((status) => ({ status, days: segments.filter((s) => s.status === status).reduce((n, s) => n + s.days, 0) })).filter(
    (total) => total.days > 0,
  );
}

/**
 * At most `buckets` segments for drawing: a long, busy history (one status change a day for
 * years) is cut into equal slices of time, each drawn in the status held longest within it.
 * The totals (daysPerStatus) are computed from the full segments, never from these.
 */
export function downsample(segments: Segment[], buckets = 120): Segment[] {
  if (segments.length <= buckets) return segments;
  const start = segments[0].from.getTime();
  const end = segments[segments.length - 1].to.getTime();
  const width = (end - start) / buckets;
  const result: Segment[] = [];
  let index = 0;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = start + bucket * width;
    const to = bucket === buckets - 1 ? end : from + width;
    const held = new Map<Status, number>();
    while (index < segments.length) {
      const segment = segments[index];
      const overlap = Math.min(to, segment.to.getTime()) - Math.max(from, segment.from.getTime());
      if (overlap > 0) held.set(segment.status, (held.get(segment.status) ?? 0) + overlap);
      if (segment.to.getTime() > to) break;
      index++;
    }
    const status = [...held].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "NOT_YET_RATED";
    const last = result[result.length - 1];
    if (last && last.status === status) {
      last.to = new Date(to);
      last.days = Math.round((to - last.from.getTime()) / DAY);
    } else {
      result.push({ status, from: new Date(from), to: new Date(to), days: Math.round((to - from) / DAY) });
    }
  }
  return result;
}
