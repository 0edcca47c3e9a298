// A metric's recorded values on its admin page, newest first: each with its state (counts now, or
// revised, corrected or retracted), what it replaces, its notes and evidence, and the links to
// correct or retract it.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ExternalLinkIcon } from "@/components/icons";
import { textLinkClass } from "@/components/admin";
import { EVIDENCE_KIND_LABELS } from "@/lib/rules/evidence";
import type { Locale } from "@/lib/i18n/locales";
import { describeObservation, formatValue, type MetricUnitKind, type ObservationStage } from "@/lib/rules/metrics";
import { formatDate, formatMoment, toIsoDate } from "@/lib/text/dates";
import type { ObservationState } from "@/lib/rules/observation-state";

type Replaced = { id: number; value: number; periodLabel: string; stage: ObservationStage; estimate: boolean } | null;

export type AdminObservation = {
  id: number;
  periodLabel: string;
  stage: ObservationStage;
  estimate: boolean;
  value: number;
  note: string | null;
  correctionNote: string | null;
  retractionNote: string | null;
  retractedAt: Date | null;
  retractedBy: { name: string } | null;
  createdAt: Date;
  author: { name: string };
  state: ObservationState;
  revises: Replaced;
  corrects: Replaced;
  corrections: { id: number; retractedAt: Date | null }[];
  revisions: { id: number; retractedAt: Date | null }[];
  evidence: { id: number; url: string; title: string; publisher: string; publishedOn: Date; kind: keyof typeof EVIDENCE_KIND_LABELS }[];
};

const stateTones: Record<ObservationState, string> = {
  current: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100",
  revised: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100",
  corrected: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  retracted: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100",
};

type Unit = { unit: string; unitKind: MetricUnitKind; decimals: number };

const standing = (entries: { id: number; retractedAt: Date | null }[]) => entries.find((entry) => !entry.retractedAt);

export function ObservationList({
  observations,
  unit,
  canRetract,
  observationHref,
}: {
  observations: AdminObservation[];
  unit: Unit;
  canRetract: boolean;
  /** Where a value that may be on another page of the list is shown. */
  observationHref: (id: number) => string;
}) {
  const t = useTranslations("adminMetrics.list");
  const labels = useTranslations("labels");
  const locale = useLocale() as Locale;
  // The tags of the rich messages: a link to another value, and a moment.
  const valueLink = (id: number) =>
    function ValueLink(chunks: React.ReactNode) {
      return (
        <Link href={observationHref(id)} className={textLinkClass}>
          {chunks}
        </Link>
      );
    };
  const moment = (date: Date) =>
    function Moment(chunks: React.ReactNode) {
      return <time dateTime={date.toISOString()}>{chunks}</time>;
    };
  return (
    <ol className="flex flex-col gap-3" aria-label={t("label")}>
      {observations.map((observation) => {
        const replacedBy = standing(observation.corrections) ?? standing(observation.revisions);
        return (
          <li key={observation.id}>
            <article
              id={`observation-${observation.id}`}
              data-testid="observation"
              data-state={observation.state}
              className={`scroll-mt-4 rounded-lg border p-4 text-sm ${
                observation.state === "current"
                  ? "border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
                  : "border-dashed border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900/50"
              }`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="text-base font-semibold">
                  {formatValue(observation.value, unit, locale)}, {observation.periodLabel}
                </h3>
                <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs font-medium dark:border-slate-600">
                  {labels(`stage.${observation.stage}.label`)}
                  {observation.estimate && <>, {labels("estimate")}</>}
                </span>
                <span
                  data-testid="observation-state"
                  className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${stateTones[observation.state]}`}
                >
                  {t(`state.${observation.state}`)}
                </span>
              </div>
              <p className="mt-1 text-slate-600 dark:text-slate-400">
                {t.rich("recorded", {
                  time: moment(observation.createdAt),
                  moment: formatMoment(observation.createdAt, locale),
                  name: observation.author.name,
                })}{" "}
                ·{" "}
                <a href={`#observation-${observation.id}`} className="underline underline-offset-2">
                  #{observation.id}
                </a>
              </p>
              {observation.revises && (
                <p className="mt-2">
                  {t.rich("revisionOf", {
                    link: valueLink(observation.revises.id),
                    id: String(observation.revises.id),
                    description: describeObservation(observation.revises, unit, locale),
                  })}
                </p>
              )}
              {observation.corrects && (
                <p className="mt-2" data-testid="observation-correction-note">
                  {t.rich("correctionOf", {
                    link: valueLink(observation.corrects.id),
                    id: String(observation.corrects.id),
                    description: describeObservation(observation.corrects, unit, locale),
                    note: observation.correctionNote ?? "",
                  })}
                </p>
              )}
              {replacedBy && observation.state !== "retracted" && (
                <p className="mt-2">
                  {t.rich(observation.state === "corrected" ? "correctedBy" : "revisedBy", {
                    link: valueLink(replacedBy.id),
                    id: String(replacedBy.id),
                  })}
                </p>
              )}
              {observation.retractedAt && (
                <p className="mt-2" data-testid="observation-retraction-note">
                  {t.rich(observation.retractedBy ? "retractedBy" : "retracted", {
                    time: moment(observation.retractedAt),
                    moment: formatMoment(observation.retractedAt, locale),
                    name: observation.retractedBy?.name ?? "",
                    note: observation.retractionNote ?? "",
                  })}
                </p>
              )}
              {observation.note && (
                <p className="mt-2 whitespace-pre-line" data-testid="observation-note">
                  <span className="font-medium">{t("note")} </span>
                  {observation.note}
                </p>
              )}
              <ul className="mt-2 flex flex-col gap-1" aria-label={t("evidenceFor", { id: String(observation.id) })}>
                {observation.evidence.map((item) => (
                  <li key={item.id}>
                    <a href={item.url} rel="nofollow noopener noreferrer" className={textLinkClass}>
                      {item.title}
                      <ExternalLinkIcon className="ml-0.5 inline size-3.5 align-[-0.125em]" />
                    </a>{" "}
                    <span className="text-slate-600 dark:text-slate-400">
                      {item.publisher}, <time dateTime={toIsoDate(item.publishedOn)}>{formatDate(item.publishedOn, "DAY", locale)}</time> ·{" "}
                      {labels(`evidenceKind.${item.kind}`)}
                    </span>
                  </li>
                ))}
              </ul>
              {observation.state === "current" && (
                <div className="mt-3 flex flex-wrap gap-3 border-t border-slate-200 pt-3 dark:border-slate-700">
                  <Link href={`/admin/observations/${observation.id}/correct`} className={textLinkClass}>
                    {t("correct", { id: String(observation.id) })}
                  </Link>
                  {canRetract && (
                    <Link href={`/admin/observations/${observation.id}/retract`} className="text-rose-800 underline dark:text-rose-300">
                      {t("retract", { id: String(observation.id) })}
                    </Link>
                  )}
                </div>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
