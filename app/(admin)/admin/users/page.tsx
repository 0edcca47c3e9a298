import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/admin";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requirePageUser } from "@/lib/auth/auth";
import { formatMoment } from "@/lib/text/dates";
import { listLockouts } from "@/lib/auth/lockouts";
import { MAX_FAILURES, WINDOW_MS } from "@/lib/auth/rate-limit";
import { countOpenSessions } from "@/lib/auth/sessions";
import { listUsers } from "@/lib/users/accounts";
import { CreateUserForm, EndSessionsForm, Lockouts, UpdateUserForm } from "./user-forms";
import { Section } from "@/components/section";

/** An address as mail shows it: <name@example.ca>. */
const angled = (email: string) => `<${email}>`;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminPeople.users" });
  return { title: t("title") };
}

export default async function UsersPage() {
  const me = await requirePageUser("admin", "/admin/users");
  const [t, users, openSessions, lockouts] = await Promise.all([
    getTranslations("adminPeople.users"),
    listUsers(),
    countOpenSessions(),
    listLockouts(),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeading title={t("title")} />
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {t.rich("intro", { code: (chunks) => <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{chunks}</code> })}
      </p>
      <Section id="lockouts" title={t("lockouts")}>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          {t("lockoutsIntro", { failures: MAX_FAILURES, minutes: WINDOW_MS / 60_000 })}
        </p>
        <Lockouts
          lockouts={lockouts.map((lockout) => ({ ...lockout, until: formatMoment(lockout.until, me.locale) }))}
          windowMinutes={WINDOW_MS / 60_000}
        />
      </Section>
      <Section id="accounts" title={t("accounts")}>
        <ul className="flex flex-col gap-4">
          {users.map((user) => (
            <li
              key={user.id}
              className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
              data-testid="user-row"
            >
              <p className="font-medium">
                {user.name} <span className="font-normal text-slate-600 dark:text-slate-400">{angled(user.email)}</span>
                {!user.active && (
                  <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold dark:bg-slate-700">
                    {t("deactivated")}
                  </span>
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
      <Section id="new-user" title={t("newAccount")}>
        <CreateUserForm />
      </Section>
    </div>
  );
}
