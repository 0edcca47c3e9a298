"use server";
import { redirect } from "next/navigation";
import { failure, invalid, type ActionResult } from "@/lib/writes/action-result";
import { authorize } from "@/lib/auth/auth";
import { formDataToObject } from "@/lib/writes/form-data";
import { revalidatePublicPages } from "@/lib/writes/publish";
import { recordStatusChange } from "@/lib/status-changes/writes";
import { recordStatusChangeSchema } from "@/lib/validation/status-change";

export async function recordStatusChangeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = recordStatusChangeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await recordStatusChange(parsed.data, access.user.id);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect(`/admin/indicators/${parsed.data.indicatorId}?saved=change`);
}
