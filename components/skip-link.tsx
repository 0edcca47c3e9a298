/** The first link of every page, for keyboard and screen-reader users: jumps past the header. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only rounded bg-white px-3 py-2 text-sky-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
    >
      {label}
    </a>
  );
}
