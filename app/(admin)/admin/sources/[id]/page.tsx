import type { Metadata } from "next";
import { requirePageRecord } from "@/lib/auth/auth";
import { getSource } from "@/lib/predictions/sources";
import { updateSourceAction } from "../actions";
import { SourceForm } from "../source-form";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { record: source } = await requirePageRecord(params, "editor", "/admin/sources/[id]", getSource);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Edit source</h1>
      <SourceForm action={updateSourceAction} source={source} />
    </div>
  );
}
