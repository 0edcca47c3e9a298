import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { getAuditEntry } from "@/lib/writes/audit";
import { describeAuditChange } from "@/lib/writes/audit-changes";
import { requirePageRecord } from "@/lib/auth/auth";
import { formatMoment } from "@/lib/text/dates";
import { Section } from "@/components/section";
import { auditNames } from "../names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminPeople.auditEntry" });
  return { title: t("title") };
}

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
  const { user, record: entry } = await requirePageRecord(params, "admin", "/admin/audit/[id]", getAuditEntry);
  const [t, audit, fieldNames] = await Promise.all([
    getTranslations("adminPeople.auditEntry"),
    getTranslations("adminPeople.audit"),
    getTranslations("adminPeople.fieldNames"),
  ]);
  const who = entry.user ? `${entry.user.name} <${entry.user.email}>` : t("byCommandLine");
  const names = auditNames(audit, fieldNames);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/audit" className="text-sky-800 underline dark:text-sky-300">
          {t("back")}
        </Link>
      </p>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">
          <span className="font-mono">{names.action(entry.action)}</span> · {names.record(entry.entityType, entry.entityId)}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("byline", { id: entry.id, moment: formatMoment(entry.createdAt, user.locale), who })}
        </p>
        <p className="text-sm" data-testid="audit-changed">
          {t("changed", { change: names.change(describeAuditChange(entry.action, entry.before, entry.after)) })}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <AuditRecord id="before" title={t("before")} record={entry.before} none={t("noneBefore")} />
        <AuditRecord id="after" title={t("after")} record={entry.after} none={t("none")} />
      </div>
    </div>
  );
}
