"use server";
import { redirect } from "next/navigation";
import { failure, invalid, type ActionResult } from "@/lib/writes/action-result";
import { authorize } from "@/lib/auth/auth";
import { formDataToObject } from "@/lib/writes/form-data";
import { revalidatePublicPages } from "@/lib/writes/publish";
import { createSource, updateSource } from "@/lib/predictions/sources";
import { createSourceSchema, updateSourceSchema } from "@/lib/validation/source";

export async function createSourceAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = createSourceSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await createSource(parsed.data, access.user.id);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect("/admin/sources?saved=1");
}

export async function updateSourceAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = updateSourceSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { id, version, ...input } = parsed.data;
  try {
    await updateSource(id, version, input, access.user.id);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect("/admin/sources?saved=1");
}
