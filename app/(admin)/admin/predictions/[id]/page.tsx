import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/auth";
import { getPrediction } from "@/lib/predictions/predictions";
import { listSourceOptions } from "@/lib/predictions/sources";
import { parseId } from "@/lib/validation/fields";
import { updatePredictionAction } from "../actions";
import { PredictionForm } from "../prediction-form";

export const metadata: Metadata = { title: "Edit prediction" };

export default async function EditPredictionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  await requirePageUser("editor", `/admin/predictions/${rawId}`);
  const id = parseId(rawId);
  const [prediction, sources] = await Promise.all([id ? getPrediction(id) : null, listSourceOptions()]);
  if (!prediction) notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Edit prediction</h1>
      <PredictionForm action={updatePredictionAction} prediction={prediction} sources={sources} />
    </div>
  );
}
