"use server";
import { revalidatePath } from "next/cache";
import { failure, invalid, type ActionResult } from "@/lib/writes/action-result";
import { authorize, signOut } from "@/lib/auth/auth";
import { formDataToObject } from "@/lib/writes/form-data";
import { liftLockout } from "@/lib/auth/lockouts";
import { endAllSessions } from "@/lib/auth/sessions";
import { createUser, updateUser } from "@/lib/users/accounts";
import { liftLockoutSchema } from "@/lib/validation/lockout";
import { endUserSessionsSchema } from "@/lib/validation/session";
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

export async function endUserSessionsAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("admin");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = endUserSessionsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let result: Awaited<ReturnType<typeof endAllSessions>>;
  try {
    result = await endAllSessions(parsed.data.id, access.user.id);
  } catch (error) {
    return failure(error, values);
  }
  // Ending your own sessions ends this one too.
  if (result.user.id === access.user.id) await signOut({ redirectTo: "/login?signedOut=everywhere" });
  revalidatePath("/admin/users");
  const { user, ended } = result;
  return {
    ok: true,
    message: ended ? `Ended ${ended} session${ended === 1 ? "" : "s"} of ${user.name}: they must sign in again.` : `${user.name} had no open session; nothing to end.`,
  };
}

export async function liftLockoutAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("admin");
  if ("denied" in access) return { ...access.denied, values };
  const parsed = liftLockoutSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const { failuresCleared } = await liftLockout(parsed.data, access.user.id);
    revalidatePath("/admin/users");
    const what = parsed.data.kind === "email" ? parsed.data.key : `address ${parsed.data.key}`;
    return { ok: true, message: `Lifted the lockout of ${what} (${failuresCleared} failed attempts cleared): the next sign-in attempt is allowed.` };
  } catch (error) {
    return failure(error, values);
  }
}
