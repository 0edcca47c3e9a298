import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { Markdown } from "@/components/markdown";
import { requirePageRecord } from "@/lib/auth/auth";
import { toIsoDate } from "@/lib/text/dates";
import { getStatusChange } from "@/lib/status-changes/writes";
import { changeLineValues } from "../../change-line";
import { StatusChangeForm } from "../../status-change-form";
import { correctStatusChangeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.correctChange" });
  return { title: t("title") };
}

export default async function CorrectStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, record: change } = await requirePageRecord(params, "editor", "/admin/changes/[id]/correct", getStatusChange);
  const t = await getTranslations("adminMetrics.correctChange");
  const back = <BackLink href={`/admin/indicators/${change.indicator.id}`}>{change.indicator.title}</BackLink>;
  if (change.retractedAt || change.corrections.length > 0) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <h1 className="text-2xl font-bold">{t("cannot", { id: String(change.id) })}</h1>
        <p>{change.retractedAt ? t("retracted") : t("corrected", { id: String(change.corrections[0].id) })}</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        {back}
        <h1 className="text-2xl font-bold">{t("heading", { id: String(change.id) })}</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <section
        aria-label={t("originalLabel")}
        className="max-w-3xl rounded-lg border border-dashed border-slate-300 p-4 text-sm dark:border-slate-600"
      >
        <p className="flex flex-wrap items-center gap-2">{t.rich("original", changeLineValues(change, user.locale))}</p>
        <Markdown source={change.summary} className="mt-2" />
      </section>
      <StatusChangeForm
        action={correctStatusChangeAction}
        hidden={{ changeId: change.id, version: change.indicator.version }}
        correction
        defaults={{
          toStatus: change.toStatus,
          effectiveOn: toIsoDate(change.effectiveOn),
          summary: change.summary,
          summaryFr: change.summaryFr,
          evidence: change.evidence.map((item) => ({ ...item, publishedOn: toIsoDate(item.publishedOn) })),
        }}
        submitLabel={t("submit")}
      />
    </div>
  );
}
