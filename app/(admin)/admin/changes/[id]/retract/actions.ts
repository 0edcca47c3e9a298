"use server";
import { redirect } from "next/navigation";
import { failure, invalid, type ActionResult } from "@/lib/writes/action-result";
import { authorize } from "@/lib/auth/auth";
import { formDataToObject } from "@/lib/writes/form-data";
import { revalidatePublicPages } from "@/lib/writes/publish";
import { retractStatusChange } from "@/lib/status-changes/writes";
import { retractStatusChangeSchema } from "@/lib/validation/status-change";

export async function retractStatusChangeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("admin");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = retractStatusChangeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let indicatorId: number;
  try {
    ({ indicator: { id: indicatorId } } = await retractStatusChange(parsed.data, access.user.id));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePublicPages();
  redirect(`/admin/indicators/${indicatorId}?saved=retraction`);
}
