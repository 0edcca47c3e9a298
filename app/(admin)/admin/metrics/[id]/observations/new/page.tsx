import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getMetricForAdmin } from "@/lib/metrics/metrics";
import { ObservationForm } from "../../../../observations/observation-form";
import { recordObservationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.recordValue" });
  return { title: t("title") };
}

export default async function RecordObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: metric } = await requirePageRecord(params, "editor", "/admin/metrics/[id]/observations/new", getMetricForAdmin);
  const t = await getTranslations("adminMetrics.recordValue");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/metrics/${metric.id}#values`}>{metric.title}</BackLink>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <ObservationForm
        action={recordObservationAction}
        hidden={{ metricId: metric.id, version: metric.version }}
        metric={{ unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals }}
        submitLabel={t("submit")}
      />
    </div>
  );
}
