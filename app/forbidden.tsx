"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";

// An editor on an admin-only page (forbidden() in requirePageUser), inside the admin's frame and
// in its language. A client component on purpose: this boundary sits in every tree, public pages'
// included, and a server component here would run there too (reading the session would make the
// statically rendered public pages dynamic); a client one only renders when it is shown.
export default function Forbidden() {
  const t = useTranslations("adminForms.forbidden");
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/admin" className="text-sky-800 underline dark:text-sky-300">
          {t("back")}
        </Link>
      </p>
    </main>
  );
}
