import type { Metadata } from "next";
import { requirePageRecord } from "@/lib/auth/auth";
import { getPrediction } from "@/lib/predictions/predictions";
import { listSourceOptions } from "@/lib/predictions/sources";
import { updatePredictionAction } from "../actions";
import { PredictionForm } from "../prediction-form";

export const metadata: Metadata = { title: "Edit prediction" };

export default async function EditPredictionPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: prediction } = await requirePageRecord(params, "editor", "/admin/predictions/[id]", getPrediction);
  const sources = await listSourceOptions();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Edit prediction</h1>
      <PredictionForm action={updatePredictionAction} prediction={prediction} sources={sources} />
    </div>
  );
}
