import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/auth";
import { listPredictionOptions } from "@/lib/predictions/predictions";
import { parseId } from "@/lib/validation/fields";
import { createIndicatorAction } from "../actions";
import { IndicatorForm } from "../indicator-form";

export const metadata: Metadata = { title: "New indicator" };

export default async function NewIndicatorPage({ searchParams }: { searchParams: Promise<{ prediction?: string }> }) {
  await requirePageUser("editor", "/admin/indicators/new");
  const [{ prediction }, predictions] = await Promise.all([searchParams, listPredictionOptions()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">New indicator</h1>
      <IndicatorForm action={createIndicatorAction} predictions={predictions} predictionId={parseId(prediction ?? "") ?? undefined} />
    </div>
  );
}
