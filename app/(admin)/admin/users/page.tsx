import type { Metadata } from "next";
import { PageHeading } from "@/components/admin";
import { requirePageUser } from "@/lib/auth";
import { listUsers } from "@/lib/users";
import { CreateUserForm, UpdateUserForm } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("admin", "/admin/users");
  const users = await listUsers();
  return (
    <div className="flex flex-col gap-8">
      <PageHeading title="Users" />
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Accounts are never deleted. A deactivated account cannot sign in, and any session it has ends on its next request. Passwords can
        also be set from the command line: <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">npm run user:create -- --email … --password … --role editor</code>.
      </p>
      <ul className="flex flex-col gap-4">
        {users.map((user) => (
          <li key={user.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900" data-testid="user-row">
            <p className="font-medium">
              {user.name} <span className="font-normal text-slate-600 dark:text-slate-400">&lt;{user.email}&gt;</span>
              {!user.active && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold dark:bg-slate-700">Deactivated</span>}
            </p>
            <div className="mt-3">
              <UpdateUserForm user={user} isSelf={user.id === me.id} />
            </div>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-user" className="flex flex-col gap-3">
        <h2 id="new-user" className="text-xl font-semibold">
          New account
        </h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
