import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { FilterSelect, PageHeading } from "@/components/admin";
import { RecordTable } from "@/components/table";
import { AUDIT_ENTITY_TYPES, listAuditEntries } from "@/lib/writes/audit";
import { requirePageUser } from "@/lib/auth/auth";
import { formatMoment } from "@/lib/text/dates";
import { listUsers } from "@/lib/users/accounts";
import { optionalDate, parseId } from "@/lib/validation/fields";
import { auditNames } from "./names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminPeople.audit" });
  return { title: t("title") };
}

type Search = { user?: string; entity?: string; from?: string; to?: string; cursor?: string };

const field = "rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { locale } = await requirePageUser("admin", "/admin/audit");
  const search = await searchParams;
  // "cli": writes made from the command line, which have no user.
  const userId = search.user === "cli" ? null : (parseId(search.user ?? "") ?? undefined);
  const entityType = AUDIT_ENTITY_TYPES.find((type) => type === search.entity);
  const from = optionalDate("from").safeParse(search.from);
  const to = optionalDate("to").safeParse(search.to);
  const fromDate = from.success ? from.data : null;
  // "To" includes the whole day.
  const toDate = to.success && to.data ? new Date(to.data.getTime() + 24 * 60 * 60 * 1000) : null;
  const [t, fieldNames, users, { entries, nextCursor }] = await Promise.all([
    getTranslations("adminPeople.audit"),
    getTranslations("adminPeople.fieldNames"),
    listUsers(),
    listAuditEntries({
      userId,
      entityType,
      from: fromDate ?? undefined,
      to: toDate ?? undefined,
      cursor: parseId(search.cursor ?? "") ?? undefined,
    }),
  ]);
  const names = auditNames(t, fieldNames);
  const query = (extra: Record<string, string>) =>
    new URLSearchParams(Object.entries({ ...search, ...extra }).filter(([, value]) => value) as [string, string][]).toString();

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t("title")} />
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label={t("filterLabel")}>
        <FilterSelect
          label={t("user")}
          name="user"
          value={search.user ?? ""}
          options={[
            { value: "", label: t("anyone") },
            { value: "cli", label: t("commandLine") },
            ...users.map((user) => ({ value: user.id, label: user.name })),
          ]}
          selectClassName={field}
        />
        <FilterSelect
          label={t("entity")}
          name="entity"
          value={entityType ?? ""}
          options={[{ value: "", label: t("any") }, ...AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: names.entity(type) }))]}
          selectClassName={field}
        />
        <label className="flex flex-col gap-1 font-medium">
          {t("from")}
          <input type="date" name="from" defaultValue={search.from ?? ""} className={field} />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("to")}
          <input type="date" name="to" defaultValue={search.to ?? ""} className={field} />
        </label>
        <button type="submit" className="rounded-md bg-sky-700 px-3 py-2 font-semibold text-white hover:bg-sky-800">
          {t("filter")}
        </button>
        <Link href="/admin/audit" className="py-2 text-sky-800 underline dark:text-sky-300">
          {t("clear")}
        </Link>
      </form>
      {(!from.success || !to.success) && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {t("badDate")}
        </p>
      )}
      <RecordTable
        columns={[
          t("when"),
          t("who"),
          t("action"),
          t("entity"),
          t("changed"),
          <span key="record" className="sr-only">
            {t("record")}
          </span>,
        ]}
        footer={entries.length === 0 && <p className="px-3 py-4 text-sm">{t("noEntries")}</p>}
      >
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-row">
            <td className="px-3 py-2 whitespace-nowrap">{formatMoment(entry.createdAt, locale)}</td>
            <td className="px-3 py-2">{entry.user?.name ?? t("byCommandLine")}</td>
            <td className="px-3 py-2 font-mono text-xs">{names.action(entry.action)}</td>
            <td className="px-3 py-2 whitespace-nowrap">{names.record(entry.entityType, entry.entityId)}</td>
            <td className="px-3 py-2 text-slate-700 dark:text-slate-300">{names.change(entry.changed)}</td>
            <td className="px-3 py-2 text-right">
              <Link href={`/admin/audit/${entry.id}`} className="whitespace-nowrap text-sky-800 underline dark:text-sky-300">
                {t.rich("details", { id: entry.id, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
              </Link>
            </td>
          </tr>
        ))}
      </RecordTable>
      {nextCursor && (
        <Link
          href={`/admin/audit?${query({ cursor: String(nextCursor) })}`}
          className="self-start text-sky-800 underline dark:text-sky-300"
        >
          {t("older")}
        </Link>
      )}
    </div>
  );
}
