import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seed, seedIndicators, seedPrediction, seedSource } from "../../prisma/seed.mjs";
import { createTestDatabase } from "../support/test-database";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"), { label: "seed" });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

const snapshot = async () => ({
  sources: (await client.query("SELECT * FROM sources ORDER BY id")).rows,
  predictions: (await client.query("SELECT * FROM predictions ORDER BY id")).rows,
  indicators: (await client.query("SELECT * FROM indicators ORDER BY id")).rows,
});

describe("seed", () => {
  it("creates the article's source, its prediction and three unrated indicators", async () => {
    expect(await seed(client)).toBe(5);
    const { sources, predictions, indicators } = await snapshot();
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      title: seedSource.title,
      author: "Andrew Latham",
      url: "https://thehill.com/opinion/international/5633613-brussels-visit-canadian-foreign-policy",
      published_precision: "MONTH",
    });
    expect(predictions).toHaveLength(1);
    expect(predictions[0]).toMatchObject({ slug: seedPrediction.slug, source_id: sources[0].id, horizon_on: null });
    expect(indicators.map((i) => i.slug)).toEqual(seedIndicators.map((i: { slug: string }) => i.slug));
    expect(indicators.every((i) => i.status === "NOT_YET_RATED")).toBe(true);
    expect(indicators.every((i) => i.prediction_id === predictions[0].id)).toBe(true);
  });

  it("gives the same rows when run twice", async () => {
    const before = await snapshot();
    expect(await seed(client)).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("brings nothing back that editors renamed", async () => {
    await client.query("UPDATE indicators SET slug = 'renamed-by-an-editor' WHERE slug = $1", [seedIndicators[2].slug]);
    const before = await snapshot();
    expect(await seed(client)).toBe(0);
    expect(await snapshot()).toEqual(before);
    await client.query("UPDATE indicators SET slug = $1 WHERE slug = 'renamed-by-an-editor'", [seedIndicators[2].slug]);
  });

  it("seeds once when two replicas start on an empty database at the same moment", async () => {
    const empty = await createTestDatabase(inject("adminDatabaseUrl"), { label: "seed-race" });
    const clients = [new pg.Client({ connectionString: empty.url }), new pg.Client({ connectionString: empty.url })];
    try {
      await Promise.all(clients.map((c) => c.connect()));
      expect((await Promise.all(clients.map((c) => seed(c)))).sort()).toEqual([0, 5]);
      expect((await clients[0].query("SELECT count(*)::int AS n FROM indicators")).rows[0].n).toBe(3);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
      await empty.drop();
    }
  });

  it("quotes the article sparingly: only fragments of its one predictive sentence", async () => {
    const { predictions, indicators } = await snapshot();
    const quoted = [predictions[0].claim, ...indicators.map((i) => i.criteria)].flatMap((text: string) =>
      [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]),
    );
    const sentence =
      "If the Carney government follows through — by modernizing the military, participating in European procurement " +
      "initiatives in a meaningful way and treating Arctic security as a transatlantic, not just a continental issue — " +
      "Canada will emerge as a more autonomous and relevant actor within NATO.";
    const words = quoted.join(" ").split(/\s+/).length;
    expect(words).toBeLessThan(40);
    for (const quote of quoted) expect(sentence.replace(/,/g, "")).toContain(quote.replace(/,/g, ""));
  });
});
