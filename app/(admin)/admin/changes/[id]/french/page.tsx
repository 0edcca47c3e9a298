import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requirePageRecord } from "@/lib/auth/auth";
import { LIMITS } from "@/lib/rules/limits";
import { getStatusChange } from "@/lib/status-changes/writes";
import { FrenchForm } from "../../../translations/french-form";
import { frenchTexts } from "../../../translations/french-texts";
import { translateStatusChangeAction } from "../../../translations/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminPeople.french" });
  return { title: t("changeTitle") };
}

export default async function StatusChangeFrenchPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: change } = await requirePageRecord(params, "editor", "/admin/changes/[id]/french", getStatusChange);
  const t = await getTranslations("adminPeople.french");
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/admin/indicators/${change.indicator.id}`}>{change.indicator.title}</BackLink>
      <h1 className="text-2xl font-bold">{t("changeHeading", { id: change.id })}</h1>
      <FrenchForm
        action={translateStatusChangeAction}
        hidden={{ changeId: change.id, version: change.indicator.version }}
        texts={frenchTexts("statusChange", change, (field) => t(field))}
        evidence={change.evidence}
        maxTitle={LIMITS.evidenceTitle}
      />
    </div>
  );
}
