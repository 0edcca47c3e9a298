"use server";
import { redirect } from "next/navigation";
import { failure, invalid, type ActionResult } from "@/lib/writes/action-result";
import { authorize } from "@/lib/auth/auth";
import { formDataToObject } from "@/lib/writes/form-data";
import { createIndicator, updateIndicator } from "@/lib/predictions/indicators";
import { revalidatePublicPages } from "@/lib/writes/publish";
import { createIndicatorSchema, updateIndicatorSchema } from "@/lib/validation/indicator";

export async function createIndicatorAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = createIndicatorSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let id: number;
  try {
    ({ id } = await createIndicator(parsed.data, access.user.id));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect(`/admin/indicators/${id}?saved=indicator`);
}

export async function updateIndicatorAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = updateIndicatorSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { id, version, ...input } = parsed.data;
  try {
    await updateIndicator(id, version, input, access.user.id);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect(`/admin/indicators/${id}?saved=indicator`);
}
