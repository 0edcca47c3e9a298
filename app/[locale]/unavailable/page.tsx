// The page for a public page that cannot be rendered right now, prerendered at build time into
// .next/server/app/unavailable.html (it needs no database). server/error-pages.mjs sends it,
// with 503 and Retry-After, when a page fails to render and no earlier copy can be served: the
// database is down and this server has not shown that page before. Plain HTML, no script needed.
import { pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import Link from "next/link";

export const dynamic = "force-static";

export const metadata: Metadata = { title: "Temporarily unavailable", robots: { index: false } };

const link = "text-sky-800 underline dark:text-sky-300";

export default async function UnavailablePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight">This page is temporarily unavailable</h1>
      <p>
        We could not prepare this page just now, most likely because our database is briefly out of reach. Nothing published has been lost.
      </p>
      <h2 className="text-xl font-semibold">What you can do</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Wait a minute, then reload this page.</li>
        <li>
          Pages readers have opened recently, such as the{" "}
          <Link href="/" className={link}>
            status board
          </Link>
          , are still served as they last were, with the time they reflect.
        </li>
        <li>
          The{" "}
          <Link href="/methodology" className={link}>
            methodology
          </Link>{" "}
          and the{" "}
          <Link href="/data" className={link}>
            open-data documentation
          </Link>{" "}
          are always available.
        </li>
      </ul>
    </div>
  );
}
