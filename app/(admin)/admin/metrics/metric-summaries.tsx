// An indicator's metrics in brief: title, latest delivered value, pace and its target. On the
// indicator's admin page each links to its own page; beside the status form they are read-only.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { textLinkClass } from "@/components/admin";
import type { AdminMetricSummary } from "@/lib/metrics/admin";
import { PaceBadge, PaceDetails } from "./pace-summary";

export function MetricSummaries({ metrics, manage = false }: { metrics: AdminMetricSummary[]; manage?: boolean }) {
  const t = useTranslations("adminMetrics.summaries");
  return (
    <ul className="flex flex-col gap-3" aria-label={t("label")}>
      {metrics.map((metric) => (
        <li
          key={metric.id}
          data-testid="metric-summary"
          className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold break-words">{metric.title}</h3>
            <PaceBadge pace={metric.pace} />
          </div>
          <PaceDetails pace={metric.pace} unit={metric.unit} latestDelivered={metric.latestDelivered} />
          {manage && (
            <p className="text-sm">
              <Link href={`/admin/metrics/${metric.id}`} className={textLinkClass}>
                {t.rich("manage", { title: metric.title, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
              </Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
