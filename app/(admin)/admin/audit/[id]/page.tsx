import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAuditEntry } from "@/lib/writes/audit";
import { requirePageUser } from "@/lib/auth/auth";
import { formatMoment } from "@/lib/text/dates";
import { parseId } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Audit entry" };

const record = "max-h-[40rem] overflow-auto rounded bg-slate-100 p-3 text-xs whitespace-pre-wrap break-words dark:bg-slate-800";

/** One audit entry with the records before and after the write, in full. */
export default async function AuditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  await requirePageUser("admin", `/admin/audit/${rawId}`);
  const id = parseId(rawId);
  const entry = id ? await getAuditEntry(id) : null;
  if (!entry) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/audit" className="text-sky-800 underline dark:text-sky-300">
          ← Audit log
        </Link>
      </p>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">
          <span className="font-mono">{entry.action}</span> · {entry.entityType.replace("_", " ")} #{entry.entityId}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Audit entry {entry.id}, {formatMoment(entry.createdAt)}, by{" "}
          {entry.user ? `${entry.user.name} <${entry.user.email}>` : "the command line"}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="before" className="flex min-w-0 flex-col gap-2">
          <h2 id="before" className="text-lg font-semibold">
            Before
          </h2>
          <pre className={record} data-testid="audit-before">
            {entry.before === null ? "— (nothing: the write created it)" : JSON.stringify(entry.before, null, 2)}
          </pre>
        </section>
        <section aria-labelledby="after" className="flex min-w-0 flex-col gap-2">
          <h2 id="after" className="text-lg font-semibold">
            After
          </h2>
          <pre className={record} data-testid="audit-after">
            {entry.after === null ? "—" : JSON.stringify(entry.after, null, 2)}
          </pre>
        </section>
      </div>
    </div>
  );
}
