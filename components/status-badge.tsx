import { StatusIcon, VerdictIcon } from "@/components/icons";
import { STATUS_INFO, VERDICT_INFO, type Status, type Verdict } from "@/lib/status";

// Colour reinforces the label and the icon; it never carries the meaning alone.
const statusTone: Record<Status, string> = {
  NOT_YET_RATED: "bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600",
  IN_PROGRESS: "bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-700",
  STALLED: "bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700",
  PARTIALLY_ACHIEVED: "bg-teal-100 text-teal-900 ring-teal-300 dark:bg-teal-950 dark:text-teal-100 dark:ring-teal-700",
  ACHIEVED: "bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-700",
  ABANDONED: "bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-700",
};

const verdictTone: Record<Verdict, string> = {
  CONDITIONS_MET: statusTone.ACHIEVED,
  CONDITIONS_FAILED: statusTone.ABANDONED,
  AT_RISK: statusTone.STALLED,
  ON_TRACK: statusTone.IN_PROGRESS,
  NOT_YET_RATED: statusTone.NOT_YET_RATED,
};

const pill = "inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset";

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`${pill} ${statusTone[status]}`} data-status={status}>
      <StatusIcon status={status} />
      {STATUS_INFO[status].label}
    </span>
  );
}

export function VerdictBadge({ verdict, large = false }: { verdict: Verdict; large?: boolean }) {
  return (
    <span className={`${pill} ${verdictTone[verdict]} ${large ? "px-3 py-1 text-base" : ""}`} data-verdict={verdict}>
      <VerdictIcon verdict={verdict} className={large ? "size-5" : "size-4"} />
      {VERDICT_INFO[verdict].label}
    </span>
  );
}
