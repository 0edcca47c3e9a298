import type { Metadata } from "next";
import { PageHeading } from "@/components/admin";
import { requirePageUser } from "@/lib/auth/auth";
import { formatMoment } from "@/lib/text/dates";
import { listLockouts } from "@/lib/auth/lockouts";
import { MAX_FAILURES, WINDOW_MS } from "@/lib/auth/rate-limit";
import { countOpenSessions } from "@/lib/auth/sessions";
import { listUsers } from "@/lib/users/accounts";
import { CreateUserForm, EndSessionsForm, Lockouts, UpdateUserForm } from "./user-forms";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("admin", "/admin/users");
  const [users, openSessions, lockouts] = await Promise.all([listUsers(), countOpenSessions(), listLockouts()]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeading title="Users" />
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Accounts are never deleted. A deactivated account cannot sign in, and any session it has ends on its next request. Passwords can
        also be set from the command line:{" "}
        <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">npm run user:create -- --email … --password … --role editor</code>.
      </p>
      <Section id="lockouts" title="Sign-in lockouts">
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          After {MAX_FAILURES} failed sign-in attempts within {WINDOW_MS / 60_000} minutes for one email, or from one address, sign-in is
          refused until those failures are {WINDOW_MS / 60_000} minutes old. Lift a lockout when you know who it keeps out; the failed
          attempts stay recorded, marked as cleared, and the audit log names who lifted it.
        </p>
        <Lockouts
          lockouts={lockouts.map((lockout) => ({ ...lockout, until: formatMoment(lockout.until) }))}
          windowMinutes={WINDOW_MS / 60_000}
        />
      </Section>
      <Section id="accounts" title="Accounts">
        <ul className="flex flex-col gap-4">
          {users.map((user) => (
            <li
              key={user.id}
              className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
              data-testid="user-row"
            >
              <p className="font-medium">
                {user.name} <span className="font-normal text-slate-600 dark:text-slate-400">&lt;{user.email}&gt;</span>
                {!user.active && (
                  <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold dark:bg-slate-700">Deactivated</span>
                )}
              </p>
              <div className="mt-3">
                <UpdateUserForm user={user} isSelf={user.id === me.id} />
              </div>
              {user.active && (
                <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-700">
                  <EndSessionsForm user={user} openSessions={openSessions.get(user.id) ?? 0} isSelf={user.id === me.id} />
                </div>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="new-user" title="New account">
        <CreateUserForm />
      </Section>
    </div>
  );
}
