"use client";
import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms";
import { createUserAction, updateUserAction } from "./actions";

type User = { id: number; version: number; email: string; name: string; role: "ADMIN" | "EDITOR"; active: boolean };

const roleOptions = [
  { value: "EDITOR", label: "Editor: predictions, indicators, sources, status changes" },
  { value: "ADMIN", label: "Admin: everything, plus users, retractions and the audit log" },
];

export function CreateUserForm() {
  const [state, formAction] = useActionState(createUserAction, null);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label="Name" state={state} maxLength={100} required />
        <TextField name="email" label="Email" type="email" state={state} maxLength={254} required autoComplete="off" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="role" label="Role" state={state} saved="EDITOR" options={roleOptions} />
        <TextField name="password" label="Initial password" type="password" state={state} required autoComplete="new-password" hint="At least 12 characters." />
      </div>
      <div>
        <SubmitButton>Create account</SubmitButton>
      </div>
    </form>
  );
}

export function UpdateUserForm({ user, isSelf }: { user: User; isSelf: boolean }) {
  const [state, formAction] = useActionState(updateUserAction, null);
  const prefix = `user-${user.id}`;
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label={`Account of ${user.name}`} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <div className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
        <label className="flex flex-col gap-1 text-sm font-medium" htmlFor={`${prefix}-role`}>
          Role
          <select id={`${prefix}-role`} name="role" defaultValue={user.role} disabled={isSelf} className="rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
            <option value="EDITOR">Editor</option>
            <option value="ADMIN">Admin</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium" htmlFor={`${prefix}-active`}>
          Account
          <select id={`${prefix}-active`} name="active" defaultValue={String(user.active)} disabled={isSelf} className="rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
            <option value="true">Active</option>
            <option value="false">Deactivated</option>
          </select>
        </label>
        {isSelf ? <p className="text-sm text-slate-600 dark:text-slate-400">This is you.</p> : <SubmitButton>Save {user.name}</SubmitButton>}
      </div>
    </form>
  );
}

