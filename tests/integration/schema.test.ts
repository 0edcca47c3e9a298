// Guards against drift between prisma/schema.prisma and the hand-written SQL migrations: every
// model is written with every scalar field set to a non-default value through Prisma Client,
// then read back. A column the migrations forgot, or typed differently, fails here.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const db = getDb();
const tag = `schema-${Date.now().toString(36)}`;
const at = (iso: string) => new Date(iso);

// One sample per model, in dependency order; ids are fixed high so they cannot collide.
const samples = {
  Source: {
    id: 900_001,
    title: "Schema test source",
    author: "Author",
    outlet: "Outlet",
    url: `https://example.org/${tag}`,
    publishedOn: at("2025-12-01T00:00:00Z"),
    publishedPrecision: "MONTH",
    createdAt: at("2026-01-02T03:04:05.678Z"),
    updatedAt: at("2026-01-02T03:04:05.678Z"),
  },
  Prediction: {
    id: 900_001,
    slug: tag,
    title: "Schema test prediction",
    claim: "Claim",
    sourceId: 900_001,
    horizonOn: at("2030-01-01T00:00:00Z"),
    position: 7,
    createdAt: at("2026-01-02T03:04:05.678Z"),
    updatedAt: at("2026-01-02T03:04:05.678Z"),
  },
  Indicator: {
    id: 900_001,
    predictionId: 900_001,
    slug: `${tag}-indicator`,
    title: "Schema test indicator",
    criteria: "Criteria",
    theme: "Theme",
    targetOn: at("2029-06-30T00:00:00Z"),
    status: "PARTIALLY_ACHIEVED",
    statusSince: at("2026-03-04T00:00:00Z"),
    position: 3,
    createdAt: at("2026-01-02T03:04:05.678Z"),
    updatedAt: at("2026-01-02T03:04:05.678Z"),
  },
} satisfies Record<Prisma.ModelName, Record<string, unknown>>;

const scalarFields: Record<Prisma.ModelName, string[]> = {
  Source: Object.values(Prisma.SourceScalarFieldEnum),
  Prediction: Object.values(Prisma.PredictionScalarFieldEnum),
  Indicator: Object.values(Prisma.IndicatorScalarFieldEnum),
};

const delegate = (model: Prisma.ModelName) =>
  db[(model[0].toLowerCase() + model.slice(1)) as "source"] as unknown as {
    create(args: { data: unknown }): Promise<Record<string, unknown>>;
    findUniqueOrThrow(args: { where: { id: number } }): Promise<Record<string, unknown>>;
    deleteMany(args: { where: { id: number } }): Promise<unknown>;
  };

afterAll(async () => {
  for (const model of Object.keys(samples).reverse() as Prisma.ModelName[]) {
    await delegate(model).deleteMany({ where: { id: 900_001 } });
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
      const { updatedAt: _ignored, ...data } = samples[model];
      await delegate(model).create({ data });
      const row = await delegate(model).findUniqueOrThrow({ where: { id: 900_001 } });
      for (const [field, value] of Object.entries(data)) expect(row[field], `${model}.${field}`).toEqual(value);
    }
  });
});
