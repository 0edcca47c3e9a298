import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { BackLink } from "@/components/admin";
import { Markdown } from "@/components/markdown";
import { requirePageRecord } from "@/lib/auth/auth";
import { getStatusChange } from "@/lib/status-changes/writes";
import { changeLineValues } from "../../change-line";
import { RetractForm } from "./retract-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminMetrics.retractChange" });
  return { title: t("title") };
}

export default async function RetractStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, record: change } = await requirePageRecord(params, "admin", "/admin/changes/[id]/retract", getStatusChange);
  const t = await getTranslations("adminMetrics.retractChange");
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/admin/indicators/${change.indicator.id}`}>{change.indicator.title}</BackLink>
      <h1 className="text-2xl font-bold">{t("heading", { id: String(change.id) })}</h1>
      <section aria-label={t("entryLabel")} className="max-w-3xl rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
        <p className="flex flex-wrap items-center gap-2">{t.rich("line", changeLineValues(change, user.locale))}</p>
        <Markdown source={change.summary} className="mt-2" />
      </section>
      {change.retractedAt ? (
        <p>{t("already")}</p>
      ) : (
        <>
          <p className="max-w-3xl text-sm">{t("intro")}</p>
          <RetractForm changeId={change.id} version={change.indicator.version} />
        </>
      )}
    </div>
  );
}
