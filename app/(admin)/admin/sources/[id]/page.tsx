import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requirePageRecord } from "@/lib/auth/auth";
import { getSource } from "@/lib/predictions/sources";
import { updateSourceAction } from "../actions";
import { SourceForm } from "../source-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.sources" });
  return { title: t("editTitle") };
}

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { record: source } = await requirePageRecord(params, "editor", "/admin/sources/[id]", getSource);
  const t = await getTranslations("adminCatalog.sources");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <SourceForm action={updateSourceAction} source={source} />
    </div>
  );
}
