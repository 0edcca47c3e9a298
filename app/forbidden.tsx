import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";

// An editor on an admin-only page (forbidden() in requirePageUser), inside the admin's frame and
// in its language (requirePageUser set it before refusing).
export default async function Forbidden() {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.forbidden" });
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
