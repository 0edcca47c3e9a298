import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { Section } from "@/components/section";
import { requirePageRecord } from "@/lib/auth/auth";
import { getTargetForAdmin } from "@/lib/metrics/admin";
import { RemoveTargetForm, TargetForm } from "../../metrics/target-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.target" });
  return { title: t("title") };
}

export default async function TargetPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: target } = await requirePageRecord(params, "editor", "/admin/targets/[id]", getTargetForAdmin);
  const t = await getTranslations("adminMetrics.target");
  const { metric } = target;
  const metricForForm = { id: metric.id, version: metric.version, unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals };
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <BackLink href={`/admin/metrics/${metric.id}#targets`}>{metric.title}</BackLink>
        <h1 className="text-2xl font-bold break-words">{t("heading", { label: target.label })}</h1>
      </div>
      <TargetForm
        metric={metricForForm}
        target={{
          id: target.id,
          // At the metric's decimals, as editors type it.
          value: target.value.toFixed(metric.decimals),
          dueOn: target.dueOn,
          label: target.label,
          commitmentTitle: target.commitmentTitle,
          labelFr: target.labelFr,
          commitmentTitleFr: target.commitmentTitleFr,
          commitmentUrl: target.commitmentUrl,
          committedOn: target.committedOn,
        }}
      />
      <Section id="remove" title={t("remove")}>
        <RemoveTargetForm metric={metricForForm} targetId={target.id} />
      </Section>
    </div>
  );
}
