import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ConflictError, RuleError } from "@/lib/errors";
import { updateIndicator } from "@/lib/indicators";
import { createPrediction, updatePrediction } from "@/lib/predictions";
import { updateSource } from "@/lib/sources";
import { makeIndicator, makeUser } from "./fixtures";

const db = getDb();

describe("editing predictions, sources and indicators", () => {
  it("refuses a save based on an old version, naming who saved in between, and keeps their save", async () => {
    const [first, second, indicator] = await Promise.all([makeUser("editor", "First Editor"), makeUser("editor", "Second Editor"), makeIndicator()]);
    const input = { predictionId: indicator.predictionId, slug: indicator.slug, title: "Renamed once", criteria: "C.", theme: "T", targetOn: null, position: 0 };
    await updateIndicator(indicator.id, 1, input, first.id);
    await expect(updateIndicator(indicator.id, 1, { ...input, title: "Renamed twice" }, second.id)).rejects.toThrow(
      /^This indicator was changed by First Editor at .+ UTC, after you opened this form\. Nothing was saved/,
    );
    expect(await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({ title: "Renamed once", version: 2 });
    expect(await db.auditLog.count({ where: { entityType: "indicator", entityId: String(indicator.id) } })).toBe(1);
  });

  it("audits source and prediction edits with before and after", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const prediction = await db.prediction.findUniqueOrThrow({ where: { id: indicator.predictionId }, include: { source: true } });
    const { source } = prediction;
    await updateSource(source.id, 1, { title: "New title", author: source.author, outlet: source.outlet, url: source.url, publishedOn: source.publishedOn, publishedPrecision: "DAY" }, editor.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "source", entityId: String(source.id) } });
    expect(audit).toMatchObject({ action: "source.update", userId: editor.id, before: expect.objectContaining({ title: source.title }), after: expect.objectContaining({ title: "New title" }) });
    await expect(
      updatePrediction(prediction.id, 1, { slug: prediction.slug, title: "T", claim: "C", sourceId: 2_000_000_000, horizonOn: null, position: 0 }, editor.id),
    ).rejects.toThrow(RuleError);
  });

  it("refuses a duplicate slug without writing anything", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const prediction = await db.prediction.findUniqueOrThrow({ where: { id: indicator.predictionId } });
    const before = await db.auditLog.count({ where: { userId: editor.id } });
    await expect(createPrediction({ slug: prediction.slug, title: "Dup", claim: "C", sourceId: prediction.sourceId, horizonOn: null, position: 0 }, editor.id)).rejects.toMatchObject({ code: "P2002" });
    expect(await db.auditLog.count({ where: { userId: editor.id } })).toBe(before);
    expect(await db.prediction.count({ where: { title: "Dup" } })).toBe(0);
  });

  it("a stale version is a ConflictError", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const input = { predictionId: indicator.predictionId, slug: indicator.slug, title: "X", criteria: "C.", theme: "T", targetOn: null, position: 0 };
    await expect(updateIndicator(indicator.id, 99, input, editor.id)).rejects.toBeInstanceOf(ConflictError);
  });
});
