/** A part of a page with its own heading (an h2), which labels it for assistive technology. */
export function Section({
  id,
  title,
  className = "flex flex-col gap-3",
  headingClassName = "text-xl font-semibold",
  children,
}: {
  id: string;
  title: React.ReactNode;
  className?: string;
  headingClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
