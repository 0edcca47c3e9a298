// A metric's pace as editors see it on the admin pages: the state, the target it is measured
// against, and the latest delivered value (lib/rules/pace.ts says how pace is worked out).
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { formatValue, type MetricUnitKind } from "@/lib/rules/metrics";
import type { Pace } from "@/lib/rules/pace";
import { formatDate } from "@/lib/text/dates";

const tones: Record<Pace["state"], string> = {
  "on-pace": "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100",
  met: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100",
  behind: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  missed: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100",
  "too-early": "border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100",
  "no-data": "border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100",
  "no-target": "border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100",
};

type Unit = { unit: string; unitKind: MetricUnitKind; decimals: number };

/** The pace state as a small label. */
export function PaceBadge({ pace }: { pace: Pace }) {
  const labels = useTranslations("labels.pace");
  return (
    <span data-pace={pace.state} className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold ${tones[pace.state]}`}>
      {labels(pace.state)}
    </span>
  );
}

/** The target pace is measured against, and the latest delivered value, in a line each. */
export function PaceDetails({ pace, unit, latestDelivered }: { pace: Pace; unit: Unit; latestDelivered: string | null }) {
  const t = useTranslations("adminMetrics.pace");
  const locale = useLocale() as Locale;
  const target = pace.state === "no-target" ? null : pace.target;
  // "3.5% of GDP by December 31, 2035 (The Hague 2025)": the target pace is measured against.
  const targetText =
    target &&
    t(target.label ? "targetWithLabel" : "target", {
      value: formatValue(target.value, unit, locale),
      date: formatDate(target.dueOn, "DAY", locale),
      label: target.label,
    });
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-slate-600 dark:text-slate-400">{pace.state === "met" ? t("lastTarget") : t("nextTarget")}</dt>
      <dd>{targetText || t("noneYet")}</dd>
      <dt className="text-slate-600 dark:text-slate-400">{t("latestDelivered")}</dt>
      <dd>{latestDelivered ?? t("noneYet")}</dd>
      {(pace.state === "on-pace" || pace.state === "behind") && (
        <>
          <dt className="text-slate-600 dark:text-slate-400">{t("onTheLine")}</dt>
          <dd>
            {t("expected", {
              expected: formatValue(pace.expected, unit, locale),
              baseline: formatValue(pace.baseline.value, unit, locale),
            })}
          </dd>
        </>
      )}
    </dl>
  );
}
