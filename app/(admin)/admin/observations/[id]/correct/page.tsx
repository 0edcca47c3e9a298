import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getObservation } from "@/lib/metrics/observations";
import { describeObservation } from "@/lib/rules/metrics";
import { toIsoDate } from "@/lib/text/dates";
import { ObservationForm } from "../../observation-form";
import { correctObservationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.correctValue" });
  return { title: t("title") };
}

export default async function CorrectObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, record: observation } = await requirePageRecord(params, "editor", "/admin/observations/[id]/correct", getObservation);
  const t = await getTranslations("adminMetrics.correctValue");
  const { metric } = observation;
  const unit = { unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals };
  const back = (
    <BackLink href={`/admin/metrics/${metric.id}?value=${observation.id}#observation-${observation.id}`}>{metric.title}</BackLink>
  );
  const replacedBy = [...observation.corrections, ...observation.revisions].find((entry) => !entry.retractedAt);
  if (observation.retractedAt || replacedBy) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <h1 className="text-2xl font-bold">{t("cannot", { id: String(observation.id) })}</h1>
        <p>{observation.retractedAt ? t("retracted") : t("replaced", { id: String(replacedBy!.id) })}</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        {back}
        <h1 className="text-2xl font-bold">{t("heading", { id: String(observation.id) })}</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <section
        aria-label={t("originalLabel")}
        className="max-w-3xl rounded-lg border border-dashed border-slate-300 p-4 text-sm dark:border-slate-600"
      >
        <p>
          {t("original", {
            description: describeObservation({ ...observation, value: Number(observation.value) }, unit, user.locale),
            name: observation.author.name,
          })}
        </p>
        {observation.note && <p className="mt-2 whitespace-pre-line">{observation.note}</p>}
      </section>
      <ObservationForm
        action={correctObservationAction}
        hidden={{ observationId: observation.id, version: metric.version }}
        metric={unit}
        correction
        defaults={{
          period: observation.periodLabel,
          stage: observation.stage,
          estimate: observation.estimate,
          value: observation.value.toFixed(metric.decimals),
          note: observation.note,
          noteFr: observation.noteFr,
          evidence: observation.evidence.map((item) => ({
            url: item.url,
            title: item.title,
            titleFr: item.titleFr,
            publisher: item.publisher,
            publishedOn: toIsoDate(item.publishedOn),
            quote: item.quote,
            kind: item.kind,
          })),
        }}
        submitLabel={t("submit")}
      />
    </div>
  );
}
