import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/auth";
import { createSourceAction } from "../actions";
import { SourceForm } from "../source-form";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage() {
  await requirePageUser("editor", "/admin/sources/new");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">New source</h1>
      <SourceForm action={createSourceAction} />
    </div>
  );
}
