import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { Section } from "@/components/section";
import { StatusBadge } from "@/components/status-badge";
import { listIndicatorMetricsForAdmin } from "@/lib/metrics/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { formatDate, todayIso } from "@/lib/text/dates";
import { getIndicator } from "@/lib/predictions/indicators";
import { StatusChangeForm } from "../../../../changes/status-change-form";
import { MetricSummaries } from "../../../../metrics/metric-summaries";
import { recordStatusChangeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.recordChange" });
  return { title: t("title") };
}

export default async function RecordStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, record: indicator } = await requirePageRecord(params, "editor", "/admin/indicators/[id]/changes/new", getIndicator);
  const [metrics, t] = await Promise.all([listIndicatorMetricsForAdmin(indicator.id, user.locale), getTranslations("admin.recordChange")]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/indicators/${indicator.id}`}>{indicator.title}</BackLink>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          {t.rich("currently", {
            badge: () => <StatusBadge status={indicator.status} />,
            date: formatDate(indicator.statusSince, "DAY", user.locale),
          })}
        </p>
        <details className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          <summary className="cursor-pointer font-medium">{t("criteria")}</summary>
          <p className="mt-2">{indicator.criteria}</p>
        </details>
      </div>
      <div className="flex flex-col gap-8 xl:flex-row-reverse xl:items-start">
        {metrics.length > 0 && (
          <Section id="pace" title={t("pace")} className="flex flex-col gap-3 xl:w-80 xl:shrink-0" headingClassName="text-lg font-semibold">
            <p className="text-sm text-slate-700 dark:text-slate-300">{t("paceNote")}</p>
            <MetricSummaries metrics={metrics} />
          </Section>
        )}
        <div className="min-w-0 flex-1">
          <StatusChangeForm
            action={recordStatusChangeAction}
            hidden={{ indicatorId: indicator.id, version: indicator.version }}
            defaults={{ toStatus: indicator.status, effectiveOn: todayIso() }}
            submitLabel={t("submit")}
          />
        </div>
      </div>
    </div>
  );
}
