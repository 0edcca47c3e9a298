"use server";
import { redirect } from "next/navigation";
import { failure, invalid, type ActionResult } from "@/lib/writes/action-result";
import { authorize } from "@/lib/auth/auth";
import { formDataToObject } from "@/lib/writes/form-data";
import { createPrediction, updatePrediction } from "@/lib/predictions/predictions";
import { revalidatePublicPages } from "@/lib/writes/publish";
import { createPredictionSchema, updatePredictionSchema } from "@/lib/validation/prediction";

export async function createPredictionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = createPredictionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let id: number;
  try {
    ({ id } = await createPrediction(parsed.data, access.user.id));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect(`/admin?prediction=${id}&saved=prediction`);
}

export async function updatePredictionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = updatePredictionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { id, version, ...input } = parsed.data;
  try {
    await updatePrediction(id, version, input, access.user.id);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect(`/admin?prediction=${id}&saved=prediction`);
}
