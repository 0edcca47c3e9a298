"use server";
import { revalidatePath } from "next/cache";
import { failure, invalid, type ActionResult } from "@/lib/action-result";
import { authorize } from "@/lib/auth";
import { formDataToObject } from "@/lib/form-data";
import { createUser, updateUser } from "@/lib/users";
import { createUserSchema, updateUserSchema } from "@/lib/validation/user";

export async function createUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const fields = formDataToObject(formData);
  // The password is never echoed back to the page.
  const { password: _password, ...values } = fields;
  const access = await authorize("admin");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = createUserSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const user = await createUser(parsed.data, access.user.id);
    revalidatePath("/admin/users");
    return { ok: true, message: `Account created for ${user.name} (${user.email}). Give them their password through a private channel.` };
  } catch (error) {
    return failure(error, values);
  }
}

export async function updateUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("admin");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = updateUserSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const user = await updateUser(parsed.data, access.user.id);
    revalidatePath("/admin/users");
    return { ok: true, message: `${user.name}: ${user.active ? "active" : "deactivated"}, ${user.role === "ADMIN" ? "admin" : "editor"}.` };
  } catch (error) {
    return failure(error, values);
  }
}
