// The page for a public page that cannot be rendered right now, prerendered at build time into
// .next/server/app/unavailable.html (it needs no database). server/error-pages.mjs sends it,
// with 503 and Retry-After, when a page fails to render and no earlier copy can be served: the
// database is down and this server has not shown that page before. Plain HTML, no script needed.
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export const dynamic = "force-static";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: "errors.unavailable" });
  return { title: t("metaTitle"), robots: { index: false } };
}

const link = "text-sky-800 underline dark:text-sky-300";

export default async function UnavailablePage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("errors.unavailable");
  const links = {
    board: (chunks: React.ReactNode) => (
      <Link href="/" className={link}>
        {chunks}
      </Link>
    ),
    methodology: (chunks: React.ReactNode) => (
      <Link href="/methodology" className={link}>
        {chunks}
      </Link>
    ),
    data: (chunks: React.ReactNode) => (
      <Link href="/data" className={link}>
        {chunks}
      </Link>
    ),
  };
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p>{t("body")}</p>
      <h2 className="text-xl font-semibold">{t("whatToDo")}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("wait")}</li>
        <li>{t.rich("recent", links)}</li>
        <li>{t.rich("always", links)}</li>
      </ul>
    </div>
  );
}
