// Guards against drift between prisma/schema.prisma and the hand-written SQL migrations: every
// model is written with every scalar field set to a non-default value through Prisma Client,
// then read back. A column the migrations forgot, or typed differently, fails here.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const db = getDb();
const tag = `schema-${Date.now().toString(36)}`;
const at = (iso: string) => new Date(iso);

// One sample per model, in dependency order; ids are fixed (high, or a fixed UUID) so they cannot collide.
const ID = 900_001;
const stamp = at("2026-01-02T03:04:05.678Z");
const samples = {
  User: {
    id: ID,
    email: `${tag}@example.org`,
    name: "Schema Test",
    passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
    role: "EDITOR",
    active: false,
    sessionVersion: 4,
    locale: "fr-CA",
    version: 3,
    createdAt: stamp,
    updatedAt: stamp,
  },
  Source: {
    id: ID,
    title: "Schema test source",
    author: "Author",
    outlet: "Outlet",
    url: `https://example.org/${tag}`,
    publishedOn: at("2025-12-01T00:00:00Z"),
    publishedPrecision: "MONTH",
    version: 2,
    updatedById: ID,
    createdAt: stamp,
    updatedAt: stamp,
  },
  Prediction: {
    id: ID,
    slug: tag,
    title: "Schema test prediction",
    claim: "Claim",
    titleFr: "Prédiction de test du schéma",
    claimFr: "Affirmation",
    sourceId: ID,
    horizonOn: at("2030-01-01T00:00:00Z"),
    position: 7,
    version: 2,
    updatedById: ID,
    createdAt: stamp,
    updatedAt: stamp,
  },
  Indicator: {
    id: ID,
    predictionId: ID,
    slug: `${tag}-indicator`,
    title: "Schema test indicator",
    criteria: "Criteria",
    theme: "Theme",
    titleFr: "Indicateur de test du schéma",
    criteriaFr: "Critères",
    themeFr: "Thème",
    targetOn: at("2029-06-30T00:00:00Z"),
    status: "PARTIALLY_ACHIEVED",
    statusSince: at("2026-03-04T00:00:00Z"),
    position: 3,
    lastChangeAt: at("2026-03-05T01:02:03.004Z"),
    version: 5,
    updatedById: ID,
    createdAt: stamp,
    updatedAt: stamp,
  },
  StatusChange: {
    id: ID,
    indicatorId: ID,
    fromStatus: "IN_PROGRESS",
    toStatus: "PARTIALLY_ACHIEVED",
    effectiveOn: at("2026-03-04T00:00:00Z"),
    summary: "Summary",
    authorId: ID,
    createdAt: stamp,
    correctsId: null,
    correctionNote: null,
    retractedAt: at("2026-04-05T06:07:08.009Z"),
    retractedById: ID,
    retractionNote: "Retracted for the test",
    summaryFr: "Résumé",
    correctionNoteFr: null,
    retractionNoteFr: "Retiré pour le test",
  },
  Evidence: {
    id: ID,
    statusChangeId: ID,
    position: 2,
    url: "https://example.org/evidence",
    title: "Evidence title",
    publisher: "Publisher",
    publishedOn: at("2026-03-01T00:00:00Z"),
    quote: "A short quote",
    kind: "ANALYSIS",
    titleFr: "Titre de la preuve",
  },
  Metric: {
    id: ID,
    indicatorId: ID,
    slug: `${tag}-metric`,
    title: "Schema test metric",
    definition: "Definition",
    unit: "% of GDP",
    titleFr: "Métrique de test du schéma",
    definitionFr: "Définition",
    unitFr: "% du PIB",
    unitKind: "PERCENT",
    decimals: 2,
    direction: "LOWER",
    position: 4,
    version: 6,
    updatedById: ID,
    createdAt: stamp,
    updatedAt: stamp,
  },
  MetricTarget: {
    id: ID,
    metricId: ID,
    value: new Prisma.Decimal("3.5"),
    dueOn: at("2035-12-31T00:00:00Z"),
    label: "3.5% by 2035",
    commitmentTitle: "Commitment",
    commitmentUrl: "https://example.org/commitment",
    committedOn: at("2025-06-25T00:00:00Z"),
    labelFr: "3,5 % d’ici 2035",
    commitmentTitleFr: "Engagement",
    createdAt: stamp,
    updatedAt: stamp,
  },
  Observation: {
    id: ID,
    metricId: ID,
    periodKind: "FISCAL_YEAR",
    periodLabel: "FY2024-25",
    periodStart: at("2024-04-01T00:00:00Z"),
    periodEnd: at("2025-03-31T00:00:00Z"),
    stage: "ALLOCATED",
    estimate: true,
    value: new Prisma.Decimal("1.375"),
    note: "A note",
    revisesId: null,
    correctsId: null,
    correctionNote: null,
    authorId: ID,
    createdAt: stamp,
    retractedAt: at("2026-04-05T06:07:08.009Z"),
    retractedById: ID,
    retractionNote: "Retracted for the test",
    // Kept by a trigger: a retracted value does not count.
    effective: false,
    noteFr: "Une note",
    correctionNoteFr: null,
    retractionNoteFr: "Retiré pour le test",
  },
  ObservationEvidence: {
    id: ID,
    observationId: ID,
    position: 1,
    url: "https://example.org/observation-evidence",
    title: "Evidence title",
    publisher: "Publisher",
    publishedOn: at("2026-03-01T00:00:00Z"),
    quote: "A short quote",
    kind: "OFFICIAL",
    titleFr: "Titre de la preuve",
  },
  LoginAttempt: {
    id: ID,
    email: `${tag}@example.org`,
    ip: "192.0.2.1",
    succeeded: true,
    createdAt: stamp,
    clearedAt: at("2026-01-02T03:10:00.123Z"),
    clearedById: ID,
  },
  Session: {
    id: "3f2a6c1e-8b4d-4e9a-9c7f-0d1e2f3a4b5c",
    userId: ID,
    sessionVersion: 4,
    createdAt: stamp,
    expiresAt: at("2026-01-02T11:04:05.678Z"),
    revokedAt: at("2026-01-02T05:06:07.890Z"),
  },
  SlugRedirect: {
    id: ID,
    kind: "indicator",
    slug: `${tag}-old`,
    targetId: ID,
    createdAt: stamp,
  },
  AuditLog: {
    id: ID,
    userId: ID,
    action: "schema.test",
    entityType: "test",
    entityId: "1",
    before: { a: 1 },
    after: { b: [2, "three"] },
    createdAt: stamp,
  },
} satisfies Record<Prisma.ModelName, Record<string, unknown>>;

const scalarFields: Record<Prisma.ModelName, string[]> = {
  User: Object.values(Prisma.UserScalarFieldEnum),
  Source: Object.values(Prisma.SourceScalarFieldEnum),
  Prediction: Object.values(Prisma.PredictionScalarFieldEnum),
  Indicator: Object.values(Prisma.IndicatorScalarFieldEnum),
  StatusChange: Object.values(Prisma.StatusChangeScalarFieldEnum),
  Evidence: Object.values(Prisma.EvidenceScalarFieldEnum),
  LoginAttempt: Object.values(Prisma.LoginAttemptScalarFieldEnum),
  AuditLog: Object.values(Prisma.AuditLogScalarFieldEnum),
  SlugRedirect: Object.values(Prisma.SlugRedirectScalarFieldEnum),
  Session: Object.values(Prisma.SessionScalarFieldEnum),
  Metric: Object.values(Prisma.MetricScalarFieldEnum),
  MetricTarget: Object.values(Prisma.MetricTargetScalarFieldEnum),
  Observation: Object.values(Prisma.ObservationScalarFieldEnum),
  ObservationEvidence: Object.values(Prisma.ObservationEvidenceScalarFieldEnum),
};

const delegate = (model: Prisma.ModelName) =>
  db[(model[0].toLowerCase() + model.slice(1)) as "source"] as unknown as {
    create(args: { data: unknown }): Promise<Record<string, unknown>>;
    findUniqueOrThrow(args: { where: { id: unknown } }): Promise<Record<string, unknown>>;
    deleteMany(args: { where: { id: unknown } }): Promise<unknown>;
  };

// The audit row cannot be deleted (append-only), so it and the user it names stay; the rest goes.
afterAll(async () => {
  await delegate("Session").deleteMany({ where: { id: samples.Session.id } });
  for (const model of [
    "SlugRedirect",
    "LoginAttempt",
    "Evidence",
    "StatusChange",
    "ObservationEvidence",
    "Observation",
    "MetricTarget",
    "Metric",
    "Indicator",
    "Prediction",
    "Source",
  ] as const) {
    await delegate(model).deleteMany({ where: { id: ID } });
  }
});

describe("schema.prisma and the migrations agree", () => {
  it("has a sample for every model, setting every scalar field", () => {
    expect(Object.keys(samples).sort()).toEqual(Object.values(Prisma.ModelName).sort());
    for (const model of Object.values(Prisma.ModelName)) {
      expect(Object.keys(samples[model]).sort(), model).toEqual([...scalarFields[model]].sort());
    }
  });

  it("writes and reads back every field of every model", async () => {
    for (const model of Object.keys(samples) as Prisma.ModelName[]) {
      const data: Record<string, unknown> = samples[model];
      await delegate(model).create({ data });
      const row = await delegate(model).findUniqueOrThrow({ where: { id: data.id } });
      for (const [field, value] of Object.entries(data)) {
        // Prisma stamps @updatedAt itself on every write.
        if (field === "updatedAt") expect(row[field], `${model}.${field}`).toBeInstanceOf(Date);
        else expect(row[field], `${model}.${field}`).toEqual(value);
      }
    }
  });
});

describe("the French columns", () => {
  it("keep the stored-text rule of their English twins, and a French note needs its English original", async () => {
    // Written by SQL, past the forms, as any other writer could.
    await expect(db.$executeRaw`UPDATE predictions SET title_fr = ${"Titre\u0007"} WHERE id = ${ID}`).rejects.toThrow(
      /predictions_clean_text_fr/,
    );
    await expect(db.$executeRaw`UPDATE indicators SET criteria_fr = ${"a\u202Eb"} WHERE id = ${ID}`).rejects.toThrow(
      /indicators_clean_text_fr/,
    );
    await expect(db.$executeRaw`UPDATE status_changes SET correction_note_fr = ${"Note"} WHERE id = ${ID}`).rejects.toThrow(
      /status_changes_correction_note_fr_has_original/,
    );
    await expect(db.$executeRaw`UPDATE observations SET correction_note_fr = ${"Note"} WHERE id = ${ID}`).rejects.toThrow(
      /observations_correction_note_fr_has_original/,
    );
  });
});

describe("users.locale", () => {
  it("is English unless set, and only one of the two languages", async () => {
    const [row] = await db.$queryRaw<{ locale: string }[]>`
      SELECT column_default AS locale FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'locale'`;
    expect(row.locale).toBe("'en-CA'::text");
    await expect(db.$executeRaw`UPDATE users SET locale = ${"fr-FR"} WHERE id = ${ID}`).rejects.toThrow(/users_locale_check/);
  });
});
