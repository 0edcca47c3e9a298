import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requirePageRecord } from "@/lib/auth/auth";
import { getPrediction } from "@/lib/predictions/predictions";
import { listSourceOptions } from "@/lib/predictions/sources";
import { updatePredictionAction } from "../actions";
import { PredictionForm } from "../prediction-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.predictions" });
  return { title: t("editTitle") };
}

export default async function EditPredictionPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: prediction } = await requirePageRecord(params, "editor", "/admin/predictions/[id]", getPrediction);
  const [sources, t] = await Promise.all([listSourceOptions(), getTranslations("adminCatalog.predictions")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <PredictionForm action={updatePredictionAction} prediction={prediction} sources={sources} />
    </div>
  );
}
