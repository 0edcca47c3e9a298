import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requirePageRecord } from "@/lib/auth/auth";
import { getObservation } from "@/lib/metrics/observations";
import { LIMITS } from "@/lib/rules/limits";
import { FrenchForm } from "../../../translations/french-form";
import { frenchTexts } from "../../../translations/french-texts";
import { translateObservationAction } from "../../../translations/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminPeople.french" });
  return { title: t("valueTitle") };
}

export default async function ObservationFrenchPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: observation } = await requirePageRecord(params, "editor", "/admin/observations/[id]/french", getObservation);
  const t = await getTranslations("adminPeople.french");
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/admin/metrics/${observation.metricId}`}>{observation.metric.title}</BackLink>
      <h1 className="text-2xl font-bold">{t("valueHeading", { id: observation.id, period: observation.periodLabel })}</h1>
      <FrenchForm
        action={translateObservationAction}
        hidden={{ observationId: observation.id, version: observation.metric.version }}
        texts={frenchTexts("observation", observation, (field) => t(field))}
        evidence={observation.evidence}
        maxTitle={LIMITS.evidenceTitle}
      />
    </div>
  );
}
