import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requirePageUser } from "@/lib/auth/auth";
import { createSourceAction } from "../actions";
import { SourceForm } from "../source-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.sources" });
  return { title: t("newTitle") };
}

export default async function NewSourcePage() {
  await requirePageUser("editor", "/admin/sources/new");
  const t = await getTranslations("adminCatalog.sources");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <SourceForm action={createSourceAction} />
    </div>
  );
}
