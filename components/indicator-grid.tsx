import { IndicatorCard } from "@/components/indicator-card";
import type { CardProgress } from "@/lib/metrics/progress";

type Indicator = Parameters<typeof IndicatorCard>[0]["indicator"] & { id: number };

/**
 * Indicator cards in a responsive grid: one column on phones, up to three on desktops. Columns and
 * cards may shrink below their longest word (minmax(0, 1fr), min-w-0), which then wraps.
 */
export function IndicatorGrid({
  indicators,
  label,
  progress,
}: {
  indicators: Indicator[];
  label?: string;
  /** Each card's measured progress, by indicator id (lib/metrics/progress.ts getCardProgress). */
  progress?: Map<number, CardProgress>;
}) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
      {indicators.map((indicator) => (
        <li key={indicator.id} className="flex">
          <div className="min-w-0 flex-1">
            <IndicatorCard indicator={indicator} progress={progress?.get(indicator.id)} />
          </div>
        </li>
      ))}
    </ul>
  );
}
