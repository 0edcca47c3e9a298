import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { StatusIcon, ClockIcon } from "@/components/icons";
import { boardHref } from "@/lib/predictions/board-filters";
import { STATUSES, type Status } from "@/lib/rules/status";

/** How many indicators are in each status, across the board. */
export function StatusCounts({ counts, overdue }: { counts: Record<Status, number>; overdue: number }) {
  const t = useTranslations("board");
  const labels = useTranslations("labels");
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7" aria-label={t("countsLabel")}>
      {STATUSES.map((status) => (
        <div key={status} className="rounded-md border border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900">
          <dt className="flex items-center gap-1.5 text-xs font-medium text-slate-600 dark:text-slate-400">
            <StatusIcon status={status} className="size-3.5" />
            {labels(`status.${status}.label`)}
          </dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid={`count-${status}`}>
            <Link
              href={boardHref({ status })}
              className="hover:underline"
              aria-label={t("showStatus", { count: counts[status], status: labels(`status.${status}.label`) })}
            >
              {counts[status]}
            </Link>
          </dd>
        </div>
      ))}
      <div className="rounded-md border border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900">
        <dt className="flex items-center gap-1.5 text-xs font-medium text-slate-600 dark:text-slate-400">
          <ClockIcon className="size-3.5" />
          {t("overdue")}
        </dt>
        <dd className="text-2xl font-semibold tabular-nums" data-testid="count-overdue">
          <Link href={boardHref({ overdue: true })} className="hover:underline" aria-label={t("showOverdue", { count: overdue })}>
            {overdue}
          </Link>
        </dd>
      </div>
    </dl>
  );
}
