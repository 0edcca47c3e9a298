import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requirePageUser } from "@/lib/auth/auth";
import { listSourceOptions } from "@/lib/predictions/sources";
import { createPredictionAction } from "../actions";
import { PredictionForm } from "../prediction-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.predictions" });
  return { title: t("newTitle") };
}

export default async function NewPredictionPage() {
  await requirePageUser("editor", "/admin/predictions/new");
  const [sources, t] = await Promise.all([listSourceOptions(), getTranslations("adminCatalog.predictions")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <PredictionForm action={createPredictionAction} sources={sources} />
    </div>
  );
}
