import { useTranslations } from "next-intl";
import { StatusIcon, VerdictIcon } from "@/components/icons";
import type { Status, Verdict } from "@/lib/rules/status";

// Colour reinforces the label and the icon; it never carries the meaning alone.
// Tones are defined in app/globals.css.
const statusTone: Record<Status, string> = {
  NOT_YET_RATED: "tone-slate",
  IN_PROGRESS: "tone-sky",
  STALLED: "tone-amber",
  PARTIALLY_ACHIEVED: "tone-teal",
  ACHIEVED: "tone-emerald",
  ABANDONED: "tone-rose",
};

const verdictTone: Record<Verdict, string> = {
  CONDITIONS_MET: statusTone.ACHIEVED,
  CONDITIONS_FAILED: statusTone.ABANDONED,
  AT_RISK: statusTone.STALLED,
  ON_TRACK: statusTone.IN_PROGRESS,
  NOT_YET_RATED: statusTone.NOT_YET_RATED,
};

const pill = "pill";

export function StatusBadge({ status }: { status: Status }) {
  const t = useTranslations("labels");
  return (
    <span className={`${pill} ${statusTone[status]}`} data-status={status}>
      <StatusIcon status={status} />
      {t(`status.${status}.label`)}
    </span>
  );
}

export function VerdictBadge({ verdict, large = false }: { verdict: Verdict; large?: boolean }) {
  const t = useTranslations("labels");
  return (
    <span className={`${pill} ${verdictTone[verdict]} ${large ? "px-3 py-1 text-base" : ""}`} data-verdict={verdict}>
      <VerdictIcon verdict={verdict} className={large ? "size-5" : "size-4"} />
      {t(`verdict.${verdict}.label`)}
    </span>
  );
}
