import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/auth";
import { getSource } from "@/lib/predictions/sources";
import { parseId } from "@/lib/validation/fields";
import { updateSourceAction } from "../actions";
import { SourceForm } from "../source-form";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  await requirePageUser("editor", `/admin/sources/${rawId}`);
  const id = parseId(rawId);
  const source = id ? await getSource(id) : null;
  if (!source) notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Edit source</h1>
      <SourceForm action={updateSourceAction} source={source} />
    </div>
  );
}
