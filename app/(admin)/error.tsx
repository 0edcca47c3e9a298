"use client";
// Shown when a page fails to render (for example while the database is unreachable): a clear
// message and a way to retry, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-bold">This page could not be shown</h1>
      <p>Something went wrong on our side, possibly a brief database outage. Nothing you entered elsewhere was lost.</p>
      <p>
        <button type="button" onClick={reset} className="rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800">
          Try again
        </button>
      </p>
    </main>
  );
}
