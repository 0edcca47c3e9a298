import type { Metadata } from "next";
import Link from "next/link";
import {
  FilterSelect,
  ListProblems,
  PagedList,
  PageHeading,
  primaryButtonClass,
  rowListClass,
  SavedNotice,
  textLinkClass,
} from "@/components/admin";
import { requirePageUser } from "@/lib/auth/auth";
import { checkedPageCount, listHref, parsePage, type SearchParams } from "@/lib/predictions/admin-lists";
import { listPredictionOptions } from "@/lib/predictions/predictions";
import { KIND_LABELS, listUntranslated, TRANSLATION_KINDS, TRANSLATION_PAGE_SIZE, type TranslationKind } from "@/lib/translations/queue";
import { parseId } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Untranslated" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const isKind = (value: string | undefined): value is TranslationKind => TRANSLATION_KINDS.includes(value as TranslationKind);

// Every public entry with an English text and no French version of it yet, filterable by kind and
// prediction, each linked to where its French is written. A bad parameter is ignored and named.
export default async function TranslationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageUser("editor", "/admin/translations");
  const search = await searchParams;
  const problems: string[] = [];
  const page = parsePage(search.page, problems);
  const rawKind = first(search.kind);
  const kind = isKind(rawKind) ? rawKind : undefined;
  if (rawKind && !kind) problems.push(`“${rawKind.slice(0, 40)}” is not a kind of entry; showing every kind.`);
  const predictions = await listPredictionOptions();
  const rawPrediction = first(search.prediction);
  const predictionId = rawPrediction ? parseId(rawPrediction) : null;
  const prediction = predictions.find((p) => p.id === predictionId)?.id;
  if (rawPrediction && !prediction) problems.push(`“${rawPrediction.slice(0, 40)}” is not a prediction; showing every prediction.`);
  const { entries, total } = await listUntranslated({ kind, prediction, page });
  const pages = checkedPageCount(page, total, TRANSLATION_PAGE_SIZE, problems);

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Untranslated" />
      {first(search.saved) === "french" && <SavedNotice>French saved.</SavedNotice>}
      <p className="max-w-3xl text-sm">
        Entries whose English has no French version yet; readers of the French site see the English, marked as pending.
      </p>
      <form method="get" role="search" aria-label="Filter untranslated entries" className="flex flex-wrap items-end gap-3 text-sm">
        <FilterSelect
          label="Kind"
          name="kind"
          value={kind ?? ""}
          options={[{ value: "", label: "Every kind" }, ...TRANSLATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))]}
        />
        <FilterSelect
          label="Prediction"
          name="prediction"
          value={prediction ?? ""}
          options={[{ value: "", label: "Every prediction" }, ...predictions.map((p) => ({ value: p.id, label: p.title }))]}
        />
        <button type="submit" className={primaryButtonClass}>
          Filter
        </button>
      </form>
      <ListProblems problems={problems} />
      <PagedList
        total={total}
        empty={<p>Everything shown to the public has its French version.</p>}
        page={page}
        pages={pages}
        pageSize={TRANSLATION_PAGE_SIZE}
        noun="untranslatedEntry"
        filtered={Boolean(kind || prediction)}
        label="Pages of untranslated entries"
        href={(to) => listHref("/admin/translations", { kind, prediction, page: to })}
      >
        <ul className={rowListClass}>
          {entries.map((entry) => (
            <li
              key={`${entry.kind}-${entry.id}-${entry.href}`}
              data-testid="untranslated-row"
              className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3"
            >
              <div className="min-w-0">
                <p className="font-medium break-words">
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {KIND_LABELS[entry.kind]} #{entry.id}:
                  </span>{" "}
                  {entry.label}
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {entry.indicator ? `${entry.indicator.title} · ` : ""}
                  {entry.prediction.title} · missing: {entry.missing.join(", ")}
                </p>
              </div>
              <Link href={entry.href} className={textLinkClass}>
                Add French
                <span className="sr-only">
                  {" "}
                  of {KIND_LABELS[entry.kind].toLowerCase()} #{entry.id}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </PagedList>
    </div>
  );
}
