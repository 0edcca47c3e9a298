import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requirePageUser } from "@/lib/auth/auth";
import { listPredictionOptions } from "@/lib/predictions/predictions";
import { parseId } from "@/lib/validation/fields";
import { createIndicatorAction } from "../actions";
import { IndicatorForm } from "../indicator-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.indicator" });
  return { title: t("newTitle") };
}

export default async function NewIndicatorPage({ searchParams }: { searchParams: Promise<{ prediction?: string }> }) {
  await requirePageUser("editor", "/admin/indicators/new");
  const [{ prediction }, predictions, t] = await Promise.all([
    searchParams,
    listPredictionOptions(),
    getTranslations("adminCatalog.indicator"),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <IndicatorForm action={createIndicatorAction} predictions={predictions} predictionId={parseId(prediction ?? "") ?? undefined} />
    </div>
  );
}
