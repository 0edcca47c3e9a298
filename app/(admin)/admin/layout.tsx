import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { requirePageUser } from "@/lib/auth/auth";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { COUNT_CAP, countUntranslated } from "@/lib/translations/queue";
import { logout } from "./actions";
import { LanguageSwitch } from "./language-switch";
import { SignOutEverywhere } from "./sign-out-everywhere";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.meta" });
  return { title: { default: t("title"), template: t("template") }, robots: { index: false } };
}

// Every page below also checks access itself (requirePageUser), with its own path to return to.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser("editor", "/admin");
  const isAdmin = user.role === "ADMIN";
  const [untranslated, t] = await Promise.all([countUntranslated(), getTranslations("admin.header")]);
  const count = untranslated >= COUNT_CAP ? `${COUNT_CAP.toLocaleString(user.locale)}+` : untranslated.toLocaleString(user.locale);
  const links = [
    { href: "/admin", label: t("indicators") },
    { href: "/admin/sources", label: t("sources") },
    { href: "/admin/translations", label: t("untranslated", { count }) },
    ...(isAdmin
      ? [
          { href: "/admin/users", label: t("users") },
          { href: "/admin/audit", label: t("audit") },
        ]
      : []),
  ];
  return (
    <div className="flex flex-1 flex-col">
      <div className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2">
          <nav aria-label={t("nav")}>
            <ul className="flex flex-wrap gap-4 text-sm font-medium">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="text-slate-700 hover:text-slate-950 hover:underline dark:text-slate-300 dark:hover:text-white"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span className="text-slate-600 dark:text-slate-400" data-testid="signed-in-as">
              {t("signedInAs", { name: user.name, role: user.role })}
            </span>
            <form action={logout}>
              <button
                type="submit"
                className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                {t("signOut")}
              </button>
            </form>
            <SignOutEverywhere />
            <Suspense>
              <LanguageSwitch />
            </Suspense>
          </div>
        </div>
      </div>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">{children}</main>
    </div>
  );
}
