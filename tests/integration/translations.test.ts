// French versions of what editors write, through the real writes: stored beside the English in the
// same transaction and audited; refused with field messages when they break their twin's rules;
// added later to entries that are never edited; and listed in the admin's queue until translated.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/writes/action-result";
import { createMetric, createTarget } from "@/lib/metrics/metrics";
import { correctObservation, recordObservation, retractObservation } from "@/lib/metrics/observations";
import { createIndicator, updateIndicator } from "@/lib/predictions/indicators";
import { parsePeriod } from "@/lib/rules/periods";
import { correctStatusChange, recordStatusChange, retractStatusChange } from "@/lib/status-changes/writes";
import { countUntranslated, listUntranslated } from "@/lib/translations/queue";
import { translateObservation, translateStatusChange } from "@/lib/translations/writes";
import { updateIndicatorSchema } from "@/lib/validation/indicator";
import { recordStatusChangeSchema } from "@/lib/validation/status-change";
import { translateStatusChangeSchema } from "@/lib/validation/translation";
import { change, evidence, makeIndicator, makeUser, unique } from "./fixtures";

const db = getDb();
const indicatorVersion = async (id: number) => (await db.indicator.findUniqueOrThrow({ where: { id } })).version;
const metricVersion = async (id: number) => (await db.metric.findUniqueOrThrow({ where: { id } })).version;
const lastAudit = (entityType: string, entityId: number) =>
  db.auditLog.findFirstOrThrow({ where: { entityType, entityId: String(entityId) }, orderBy: { id: "desc" } });

describe("writing both versions", () => {
  it("stores an indicator's French beside its English, audited, and an edit can clear it", async () => {
    const editor = await makeUser();
    const base = await makeIndicator("fr-indicator");
    const input = {
      predictionId: base.predictionId,
      slug: unique("fr").toLowerCase(),
      title: "Arctic radar",
      criteria: "Radar contract signed.",
      theme: "Arctic",
      titleFr: "Radar arctique",
      criteriaFr: "Contrat de radar signé.",
      themeFr: "Arctique",
      targetOn: null,
      position: 0,
    };
    const created = await createIndicator(input, editor.id);
    expect(created).toMatchObject({
      title: "Arctic radar",
      titleFr: "Radar arctique",
      criteriaFr: "Contrat de radar signé.",
      themeFr: "Arctique",
    });
    expect((await lastAudit("indicator", created.id)).after).toMatchObject({ titleFr: "Radar arctique", themeFr: "Arctique" });

    const parsed = updateIndicatorSchema.parse({
      ...input,
      id: String(created.id),
      version: String(created.version),
      targetOn: "",
      criteriaFr: " ",
      position: "0",
      predictionId: String(input.predictionId),
    });
    await updateIndicator(created.id, created.version, parsed, editor.id);
    const after = await db.indicator.findUniqueOrThrow({ where: { id: created.id } });
    expect(after).toMatchObject({ titleFr: "Radar arctique", criteriaFr: null });
    expect((await lastAudit("indicator", created.id)).after).toMatchObject({ criteriaFr: null });
  });

  it("records, corrects and retracts a status change with French summary, notes and evidence titles", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    const indicator = await makeIndicator("fr-change");
    const { change: recorded } = await recordStatusChange(
      {
        ...change(indicator.id, indicator.version, "IN_PROGRESS", "2026-01-05", "Budget tabled."),
        summaryFr: "Budget déposé.",
        evidence: [{ ...evidence[0], titleFr: "Preuve 1" }],
      },
      editor.id,
    );
    expect(recorded).toMatchObject({ summary: "Budget tabled.", summaryFr: "Budget déposé." });
    expect(recorded.evidence[0]).toMatchObject({ title: "E1", titleFr: "Preuve 1" });

    const { correction } = await correctStatusChange(
      {
        ...change(indicator.id, await indicatorVersion(indicator.id), "STALLED", "2026-01-05", "Budget delayed."),
        changeId: recorded.id,
        correctionNote: "Wrong status.",
        correctionNoteFr: "Mauvais statut.",
      },
      editor.id,
    );
    expect(correction).toMatchObject({ correctionNote: "Wrong status.", correctionNoteFr: "Mauvais statut.", summaryFr: null });

    const { change: retracted } = await retractStatusChange(
      { changeId: correction.id, version: await indicatorVersion(indicator.id), retractionNote: "Withdrawn.", retractionNoteFr: "Retiré." },
      admin.id,
    );
    expect(retracted).toMatchObject({ retractionNote: "Withdrawn.", retractionNoteFr: "Retiré." });
    expect((await lastAudit("status_change", correction.id)).after).toMatchObject({ change: { retractionNoteFr: "Retiré." } });
  });

  it("stores a metric's, a target's and a value's French, and refuses a French note without its English", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    const indicator = await makeIndicator("fr-metric");
    const metric = await createMetric(
      {
        indicatorId: indicator.id,
        slug: unique("ships").toLowerCase(),
        title: "Ships (test data)",
        definition: "Fictional ships.",
        unit: "ships",
        titleFr: "Navires (données de test)",
        definitionFr: "Navires fictifs.",
        unitFr: "navires",
        unitKind: "COUNT",
        decimals: 0,
        direction: "HIGHER",
        position: 0,
      },
      editor.id,
    );
    expect(metric).toMatchObject({ titleFr: "Navires (données de test)", unitFr: "navires" });
    const target = await createTarget(
      {
        metricId: metric.id,
        version: metric.version,
        value: "12",
        dueOn: new Date("2040-12-31"),
        label: "Fleet plan",
        labelFr: "Plan de flotte",
        commitmentTitle: "Fleet plan",
        commitmentTitleFr: "Plan de la flotte",
        commitmentUrl: "https://example.org/fleet",
        committedOn: new Date("2020-01-01"),
      },
      editor.id,
    );
    expect(target).toMatchObject({ labelFr: "Plan de flotte", commitmentTitleFr: "Plan de la flotte" });

    const value = async (period: string, extra: object = {}) => ({
      metricId: metric.id,
      version: await metricVersion(metric.id),
      period: parsePeriod(period)!,
      stage: "DELIVERED" as const,
      estimate: false,
      value: "3",
      note: null as string | null,
      evidence,
      ...extra,
    });
    await expect(recordObservation(await value("2020", { noteFr: "Note seule" }), editor.id)).rejects.toMatchObject({ field: "noteFr" });
    const { observation } = await recordObservation(await value("2020", { note: "First count.", noteFr: "Premier décompte." }), editor.id);
    expect(observation).toMatchObject({ noteFr: "Premier décompte." });
    const { correction } = await correctObservation(
      { ...(await value("2020")), observationId: observation.id, correctionNote: "Typo.", correctionNoteFr: "Coquille." },
      editor.id,
    );
    expect(correction).toMatchObject({ correctionNoteFr: "Coquille.", noteFr: null });
    const { observation: retracted } = await retractObservation(
      { observationId: correction.id, version: await metricVersion(metric.id), retractionNote: "Withdrawn.", retractionNoteFr: "Retiré." },
      admin.id,
    );
    expect(retracted.retractionNoteFr).toBe("Retiré.");
  });
});

describe("bad French input", () => {
  it("is refused on its own field, with its message, like its English twin", () => {
    const valid = {
      indicatorId: "1",
      version: "1",
      toStatus: "IN_PROGRESS",
      effectiveOn: "2026-01-01",
      summary: "S",
      evidence: [{ url: "https://example.org", title: "T", publisher: "P", publishedOn: "2026-01-01", kind: "NEWS" }],
    };
    const errors = (extra: Record<string, unknown>) => {
      const result = recordStatusChangeSchema.safeParse({ ...valid, ...extra });
      return result.success ? {} : fieldErrorsOf(result.error);
    };
    expect(errors({ summaryFr: "x".repeat(4001) })).toEqual({ summaryFr: ["French summary has at most 4000 characters."] });
    expect(errors({ summaryFr: "a\u0007b" })).toEqual({
      summaryFr: ["French summary contains an invisible control character (U+0007); remove it."],
    });
    expect(errors({ evidence: [{ ...valid.evidence[0], titleFr: "t".repeat(301) }] })).toEqual({
      "evidence.0.titleFr": ["French evidence title has at most 300 characters."],
    });
    // Cleaned like the English: bidirectional controls removed, a line's spaces collapsed, blank is "not translated".
    const parsed = recordStatusChangeSchema.parse({
      ...valid,
      summaryFr: "\u202Erésumé\u202C",
      evidence: [{ ...valid.evidence[0], titleFr: "  a \n b " }],
    });
    expect(parsed.summaryFr).toBe("résumé");
    expect(parsed.evidence[0].titleFr).toBe("a b");
    expect(recordStatusChangeSchema.parse({ ...valid, summaryFr: " \n " }).summaryFr).toBeNull();
  });
});

describe("adding French to an entry later, and the queue", () => {
  it("lists an untranslated status change, filtered by kind and prediction, until its French is added", async () => {
    const [editor, other] = await Promise.all([makeUser(), makeUser()]);
    const indicator = await makeIndicator("fr-queue");
    const { change: entry } = await recordStatusChange(
      change(indicator.id, indicator.version, "IN_PROGRESS", "2026-02-01", "Queued."),
      editor.id,
    );
    const filter = { prediction: indicator.predictionId, page: 1 };

    const all = await listUntranslated(filter);
    expect(all.entries.map((row) => [row.kind, row.id, row.missing])).toEqual([
      ["prediction", indicator.predictionId, ["title", "claim"]],
      ["indicator", indicator.id, ["title", "criteria", "theme"]],
      ["status_change", entry.id, ["summary"]],
      ["evidence", entry.evidence[0].id, ["title"]],
    ]);
    expect(all.total).toBe(4);
    const changes = await listUntranslated({ ...filter, kind: "status_change" });
    expect(changes.entries).toEqual([
      expect.objectContaining({
        id: entry.id,
        label: "Queued.",
        href: `/admin/changes/${entry.id}/french`,
        indicator: { id: indicator.id, title: indicator.title },
      }),
    ]);
    expect(await countUntranslated()).toBeGreaterThanOrEqual(4);

    // A stale form is refused; a French note where there is no English one, or another entry's evidence, with a field message.
    const stale = { changeId: entry.id, version: indicator.version, summaryFr: "En file." };
    await expect(translateStatusChange(translateStatusChangeSchema.parse(stale), other.id)).rejects.toThrow(/was changed by/);
    const current = await indicatorVersion(indicator.id);
    await expect(
      translateStatusChange(translateStatusChangeSchema.parse({ ...stale, version: current, correctionNoteFr: "Note" }), other.id),
    ).rejects.toMatchObject({ field: "correctionNoteFr" });
    await expect(
      translateStatusChange(
        translateStatusChangeSchema.parse({ ...stale, version: await indicatorVersion(indicator.id), evidence: [{ id: 1, titleFr: "x" }] }),
        other.id,
      ),
    ).rejects.toMatchObject({ field: "evidence.0.titleFr" });

    const translated = await translateStatusChange(
      translateStatusChangeSchema.parse({
        ...stale,
        version: await indicatorVersion(indicator.id),
        evidence: [{ id: entry.evidence[0].id, titleFr: "É1" }],
      }),
      other.id,
    );
    expect(translated).toMatchObject({ summary: "Queued.", summaryFr: "En file.", evidence: [expect.objectContaining({ titleFr: "É1" })] });
    const audit = await lastAudit("status_change", entry.id);
    expect(audit).toMatchObject({
      action: "status_change.translate",
      userId: other.id,
      after: { summaryFr: "En file." },
      before: { summaryFr: null },
    });
    expect((await listUntranslated({ ...filter, kind: "status_change" })).entries).toEqual([]);
    expect((await listUntranslated({ ...filter, kind: "evidence" })).entries).toEqual([]);
    expect((await listUntranslated(filter)).total).toBe(2);
  });

  it("lists a value's untranslated notes and evidence, linked to its French form, until translated", async () => {
    const editor = await makeUser();
    const indicator = await makeIndicator("fr-queue-value");
    const metric = await createMetric(
      {
        indicatorId: indicator.id,
        slug: "count",
        title: "Count",
        definition: "D",
        unit: "u",
        titleFr: "Décompte",
        definitionFr: "D",
        unitFr: "u",
        unitKind: "COUNT",
        decimals: 0,
        direction: "HIGHER",
        position: 0,
      },
      editor.id,
    );
    const { observation } = await recordObservation(
      {
        metricId: metric.id,
        version: metric.version,
        period: parsePeriod("2021")!,
        stage: "DELIVERED",
        estimate: false,
        value: "1",
        note: "A note.",
        evidence,
      },
      editor.id,
    );
    const values = await listUntranslated({ prediction: indicator.predictionId, kind: "value", page: 1 });
    expect(values.entries).toEqual([
      expect.objectContaining({
        id: observation.id,
        missing: ["note"],
        href: `/admin/observations/${observation.id}/french`,
        label: "Count, 2021",
      }),
    ]);
    const evidenceRows = await listUntranslated({ prediction: indicator.predictionId, kind: "evidence", page: 1 });
    expect(evidenceRows.entries).toEqual([
      expect.objectContaining({ id: observation.evidence[0].id, href: `/admin/observations/${observation.id}/french` }),
    ]);
    expect((await listUntranslated({ prediction: indicator.predictionId, kind: "metric", page: 1 })).entries).toEqual([]);

    await translateObservation(
      {
        observationId: observation.id,
        version: await metricVersion(metric.id),
        noteFr: "Une note.",
        evidence: [{ id: observation.evidence[0].id, titleFr: "É" }],
      },
      editor.id,
    );
    expect((await listUntranslated({ prediction: indicator.predictionId, kind: "value", page: 1 })).total).toBe(0);
    expect((await listUntranslated({ prediction: indicator.predictionId, kind: "evidence", page: 1 })).total).toBe(0);
  });
});

describe("the queue's pages", () => {
  it("pages through every kind in order, each page reading only the first rows of each table it needs", async () => {
    const indicator = await makeIndicator("fr-queue-pages");
    // 60 untranslated entries with their evidence: 122 rows with the prediction and the indicator.
    await db.$executeRaw`INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id)
      SELECT ${indicator.id}, 'IN_PROGRESS', 'IN_PROGRESS', DATE '2026-01-01' + n, 'Paged ' || n, (SELECT min(id) FROM users)
      FROM generate_series(1, 60) AS n`;
    await db.$executeRaw`INSERT INTO evidence (status_change_id, url, title, publisher, published_on, kind)
      SELECT id, 'https://example.org/' || id, 'Evidence ' || id, 'Publisher', DATE '2026-01-01', 'OFFICIAL'
      FROM status_changes WHERE indicator_id = ${indicator.id}`;
    const filter = { prediction: indicator.predictionId };
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listUntranslated({ ...filter, page })));
    const rows = pages.flatMap((page) => page.entries.map((row) => `${row.kind} ${row.id}`));
    const ids = await db.statusChange.findMany({
      where: { indicatorId: indicator.id },
      select: { id: true, evidence: { select: { id: true } } },
      orderBy: { id: "asc" },
    });
    expect(rows).toEqual([
      `prediction ${indicator.predictionId}`,
      `indicator ${indicator.id}`,
      ...ids.map((entry) => `status_change ${entry.id}`),
      ...ids.map((entry) => `evidence ${entry.evidence[0].id}`),
    ]);
    expect(pages.map((page) => page.total)).toEqual([122, 122, 122, 122]);
    expect(pages.map((page) => page.entries.length)).toEqual([50, 50, 22, 0]);
    // The same pages of one kind, and the totals without a prediction count every prediction's rows.
    const second = await listUntranslated({ ...filter, kind: "evidence", page: 2 });
    expect(second.entries.map((row) => row.id)).toEqual(ids.slice(50).map((entry) => entry.evidence[0].id));
    expect((await listUntranslated({ kind: "status_change", page: 1 })).total).toBeGreaterThanOrEqual(60);
  });
});
