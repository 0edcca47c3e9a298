import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing at this address. It may have been renamed, or the link may be mistyped.</p>
      <p>
        <Link href="/" className="text-sky-800 underline dark:text-sky-300">
          Go to the status board
        </Link>
      </p>
    </main>
  );
}
