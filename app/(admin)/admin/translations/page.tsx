import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
import { adminLocale } from "@/lib/i18n/admin-locale";
import { checkedPageCount, listHref, parsePage, type SearchParams } from "@/lib/predictions/admin-lists";
import { listPredictionOptions } from "@/lib/predictions/predictions";
import { listUntranslated, TRANSLATION_KINDS, TRANSLATION_PAGE_SIZE, type TranslationKind } from "@/lib/translations/queue";
import { parseId } from "@/lib/validation/fields";
import { missingFields } from "./names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminPeople.translations" });
  return { title: t("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const isKind = (value: string | undefined): value is TranslationKind => TRANSLATION_KINDS.includes(value as TranslationKind);

// Every public entry with an English text and no French version of it yet, filterable by kind and
// prediction, each linked to where its French is written. A bad parameter is ignored and named.
export default async function TranslationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageUser("editor", "/admin/translations");
  const [search, t, fieldNames] = await Promise.all([
    searchParams,
    getTranslations("adminPeople.translations"),
    getTranslations("adminPeople.fieldNames"),
  ]);
  const kindName = (k: TranslationKind) => t(`kinds.${k}`);
  const problems: string[] = [];
  const page = parsePage(search.page, problems);
  const rawKind = first(search.kind);
  const kind = isKind(rawKind) ? rawKind : undefined;
  if (rawKind && !kind) problems.push(t("badKind", { value: rawKind.slice(0, 40) }));
  const predictions = await listPredictionOptions();
  const rawPrediction = first(search.prediction);
  const predictionId = rawPrediction ? parseId(rawPrediction) : null;
  const prediction = predictions.find((p) => p.id === predictionId)?.id;
  if (rawPrediction && !prediction) problems.push(t("badPrediction", { value: rawPrediction.slice(0, 40) }));
  const { entries, total } = await listUntranslated({ kind, prediction, page });
  const pages = checkedPageCount(page, total, TRANSLATION_PAGE_SIZE, problems);

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t("title")} />
      {first(search.saved) === "french" && <SavedNotice>{t("saved")}</SavedNotice>}
      <p className="max-w-3xl text-sm">{t("intro")}</p>
      <form method="get" role="search" aria-label={t("filterLabel")} className="flex flex-wrap items-end gap-3 text-sm">
        <FilterSelect
          label={t("kind")}
          name="kind"
          value={kind ?? ""}
          options={[{ value: "", label: t("everyKind") }, ...TRANSLATION_KINDS.map((k) => ({ value: k, label: kindName(k) }))]}
        />
        <FilterSelect
          label={t("prediction")}
          name="prediction"
          value={prediction ?? ""}
          options={[{ value: "", label: t("everyPrediction") }, ...predictions.map((p) => ({ value: p.id, label: p.title }))]}
        />
        <button type="submit" className={primaryButtonClass}>
          {t("filter")}
        </button>
      </form>
      <ListProblems problems={problems} />
      <PagedList
        total={total}
        empty={<p>{t("empty")}</p>}
        page={page}
        pages={pages}
        pageSize={TRANSLATION_PAGE_SIZE}
        noun="untranslatedEntry"
        filtered={Boolean(kind || prediction)}
        label={t("pages")}
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
                    {t("entry", { kind: kindName(entry.kind), id: entry.id })}
                  </span>{" "}
                  {entry.label}
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {entry.indicator ? `${entry.indicator.title} · ` : ""}
                  {entry.prediction.title} · {t("missing", { fields: missingFields(fieldNames, entry.missing) })}
                </p>
              </div>
              <Link href={entry.href} className={textLinkClass}>
                {t.rich("addFrench", {
                  kind: kindName(entry.kind).toLowerCase(),
                  id: entry.id,
                  sr: (chunks) => <span className="sr-only">{chunks}</span>,
                })}
              </Link>
            </li>
          ))}
        </ul>
      </PagedList>
    </div>
  );
}
