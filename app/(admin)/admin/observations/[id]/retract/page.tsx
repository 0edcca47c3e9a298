import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getObservation } from "@/lib/metrics/observations";
import { describeObservation } from "@/lib/rules/metrics";
import { RetractObservationForm } from "./retract-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.retractValue" });
  return { title: t("title") };
}

export default async function RetractObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, record: observation } = await requirePageRecord(params, "admin", "/admin/observations/[id]/retract", getObservation);
  const { metric } = observation;
  const t = await getTranslations("adminMetrics.retractValue");
  const unit = { unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals };
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/admin/metrics/${metric.id}?value=${observation.id}#observation-${observation.id}`}>{metric.title}</BackLink>
      <h1 className="text-2xl font-bold">{t("heading", { id: String(observation.id) })}</h1>
      <section aria-label={t("valueLabel")} className="max-w-3xl rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
        <p>
          {t("recorded", {
            description: describeObservation({ ...observation, value: Number(observation.value) }, unit, user.locale),
            name: observation.author.name,
          })}
        </p>
        {observation.note && <p className="mt-2 whitespace-pre-line">{observation.note}</p>}
      </section>
      {observation.retractedAt ? (
        <p>{t("already")}</p>
      ) : !observation.effective ? (
        <p>{t("replaced")}</p>
      ) : (
        <>
          <p className="max-w-3xl text-sm">{t("intro")}</p>
          <RetractObservationForm observationId={observation.id} version={metric.version} />
        </>
      )}
    </div>
  );
}
