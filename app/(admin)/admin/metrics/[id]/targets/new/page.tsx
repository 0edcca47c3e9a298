import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getMetricForAdmin } from "@/lib/metrics/metrics";
import { TargetForm } from "../../../target-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.newTarget" });
  return { title: t("title") };
}

export default async function NewTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: metric } = await requirePageRecord(params, "editor", "/admin/metrics/[id]/targets/new", getMetricForAdmin);
  const t = await getTranslations("adminMetrics.newTarget");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/metrics/${metric.id}#targets`}>{metric.title}</BackLink>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <TargetForm
        metric={{ id: metric.id, version: metric.version, unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals }}
      />
    </div>
  );
}
