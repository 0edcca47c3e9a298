import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getIndicator } from "@/lib/predictions/indicators";
import { createMetricAction } from "../../../../metrics/actions";
import { MetricForm } from "../../../../metrics/metric-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.newMetric" });
  return { title: t("title") };
}

export default async function NewMetricPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: indicator } = await requirePageRecord(params, "editor", "/admin/indicators/[id]/metrics/new", getIndicator);
  const t = await getTranslations("adminMetrics.newMetric");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/indicators/${indicator.id}#metrics`}>{indicator.title}</BackLink>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <MetricForm action={createMetricAction} indicatorId={indicator.id} />
    </div>
  );
}
