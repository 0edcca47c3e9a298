import Link from "next/link";
import { IconSprite } from "@/components/icons";
import { SkipLink } from "@/components/skip-link";

// The page for an address nothing answers, prerendered once (server/error-pages.mjs sends it for
// every 404), so it speaks both languages, as Canada's own sites do, each part marked with its lang.
export default function NotFound() {
  return (
    <html lang="en-CA">
      <body className="min-h-dvh">
        <IconSprite />
        <SkipLink label="Skip to content" />
        <main id="main" className="mx-auto grid max-w-4xl gap-10 px-4 py-16 sm:grid-cols-2">
          <section className="flex flex-col gap-3" aria-labelledby="not-found-en">
            <h1 id="not-found-en" className="text-2xl font-bold">
              Page not found
            </h1>
            <p>There is nothing at this address. It may have been renamed, or the link may be mistyped.</p>
            <p>
              <Link href="/" className="text-sky-800 underline dark:text-sky-300">
                Go to the status board
              </Link>
            </p>
          </section>
          <section lang="fr-CA" className="flex flex-col gap-3" aria-labelledby="not-found-fr">
            <h2 id="not-found-fr" className="text-2xl font-bold">
              Page introuvable
            </h2>
            <p>Il n’y a rien à cette adresse. Elle a peut-être été renommée, ou le lien contient une erreur.</p>
            <p>
              <Link href="/fr" className="text-sky-800 underline dark:text-sky-300">
                Aller au tableau de suivi
              </Link>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
