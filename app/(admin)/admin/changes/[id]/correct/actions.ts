"use server";
import { redirect } from "next/navigation";
import { failure, invalid, type ActionResult } from "@/lib/writes/action-result";
import { authorize } from "@/lib/auth/auth";
import { formDataToObject } from "@/lib/writes/form-data";
import { revalidatePublicPages } from "@/lib/writes/publish";
import { correctStatusChange } from "@/lib/status-changes/writes";
import { correctStatusChangeSchema } from "@/lib/validation/status-change";

export async function correctStatusChangeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = correctStatusChangeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let indicatorId: number;
  try {
    ({ indicator: { id: indicatorId } } = await correctStatusChange(parsed.data, access.user.id));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect(`/admin/indicators/${indicatorId}?saved=correction`);
}
