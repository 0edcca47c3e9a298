import Link from "next/link";

// An editor on an admin-only page (forbidden() in requirePageUser), inside the admin's frame.
export default function Forbidden() {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p>Your account’s role does not give access to this page. Ask an admin if you need it.</p>
      <p>
        <Link href="/admin" className="text-sky-800 underline dark:text-sky-300">
          Back to the admin
        </Link>
      </p>
    </main>
  );
}
