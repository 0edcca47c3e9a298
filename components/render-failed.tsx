/**
 * What an error boundary shows when a page fails to render (for example while the database is
 * unreachable): a clear message and a way to retry, never a stack trace. Its words come from the
 * boundary, in the language of its half of the site.
 */
export function RenderFailed({ title, body, retry, reset }: { title: string; body: string; retry: string; reset: () => void }) {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{body}</p>
      <p>
        <button type="button" onClick={reset} className="rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800">
          {retry}
        </button>
      </p>
    </main>
  );
}
