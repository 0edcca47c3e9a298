import type { Metadata } from "next";
import Link from "next/link";
import { getAuditEntry } from "@/lib/writes/audit";
import { requirePageRecord } from "@/lib/auth/auth";
import { formatMoment } from "@/lib/text/dates";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Audit entry" };

/** The record before or after the write, in full; `none` when there is none. */
function AuditRecord({ id, title, record, none }: { id: "before" | "after"; title: string; record: unknown; none: string }) {
  return (
    <Section id={id} title={title} className="flex min-w-0 flex-col gap-2" headingClassName="text-lg font-semibold">
      <pre
        className="max-h-[40rem] overflow-auto rounded bg-slate-100 p-3 text-xs whitespace-pre-wrap break-words dark:bg-slate-800"
        data-testid={`audit-${id}`}
      >
        {record === null ? none : JSON.stringify(record, null, 2)}
      </pre>
    </Section>
  );
}

/** One audit entry with the records before and after the write, in full. */
export default async function AuditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: entry } = await requirePageRecord(params, "admin", "/admin/audit/[id]", getAuditEntry);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/audit" className="text-sky-800 underline dark:text-sky-300">
          ← Audit log
        </Link>
      </p>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">
          <span className="font-mono">{entry.action}</span> · {entry.entityType.replaceAll("_", " ")} #{entry.entityId}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Audit entry {entry.id}, {formatMoment(entry.createdAt)}, by{" "}
          {entry.user ? `${entry.user.name} <${entry.user.email}>` : "the command line"}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <AuditRecord id="before" title="Before" record={entry.before} none="— (nothing: the write created it)" />
        <AuditRecord id="after" title="After" record={entry.after} none="—" />
      </div>
    </div>
  );
}
