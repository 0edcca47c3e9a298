import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/auth";
import { listSourceOptions } from "@/lib/predictions/sources";
import { createPredictionAction } from "../actions";
import { PredictionForm } from "../prediction-form";

export const metadata: Metadata = { title: "New prediction" };

export default async function NewPredictionPage() {
  await requirePageUser("editor", "/admin/predictions/new");
  const sources = await listSourceOptions();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">New prediction</h1>
      <PredictionForm action={createPredictionAction} sources={sources} />
    </div>
  );
}
