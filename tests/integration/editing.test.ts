import { describe, expect, it } from "vitest";
import { failure } from "@/lib/writes/action-result";
import { getDb } from "@/lib/db";
import { ConflictError, RuleError } from "@/lib/errors";
import { updateIndicator } from "@/lib/predictions/indicators";
import { createPrediction, updatePrediction } from "@/lib/predictions/predictions";
import { renamedTo } from "@/lib/predictions/slug-redirects";
import { updateSource } from "@/lib/predictions/sources";
import { makeIndicator, makeUser } from "./fixtures";

const db = getDb();

/** The indicator's form input as it stands (theme "T", first in order), with `changes`. */
const indicatorInput = (
  indicator: { predictionId: number; slug: string; title: string; criteria: string },
  changes: { title?: string; criteria?: string } = {},
) => ({
  predictionId: indicator.predictionId,
  slug: indicator.slug,
  title: indicator.title,
  criteria: indicator.criteria,
  theme: "T",
  targetOn: null,
  position: 0,
  ...changes,
});

describe("editing predictions, sources and indicators", () => {
  it("refuses a save based on an old version, naming who saved in between, and keeps their save", async () => {
    const [first, second, indicator] = await Promise.all([
      makeUser("editor", "First Editor"),
      makeUser("editor", "Second Editor"),
      makeIndicator(),
    ]);
    const input = indicatorInput(indicator, { title: "Renamed once", criteria: "C." });
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
    await updateSource(
      source.id,
      1,
      {
        title: "New title",
        author: source.author,
        outlet: source.outlet,
        url: source.url,
        publishedOn: source.publishedOn,
        publishedPrecision: "DAY",
      },
      editor.id,
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "source", entityId: String(source.id) } });
    expect(audit).toMatchObject({
      action: "source.update",
      userId: editor.id,
      before: expect.objectContaining({ title: source.title }),
      after: expect.objectContaining({ title: "New title" }),
    });
    await expect(
      updatePrediction(
        prediction.id,
        1,
        { slug: prediction.slug, title: "T", claim: "C", sourceId: 2_000_000_000, horizonOn: null, position: 0 },
        editor.id,
      ),
    ).rejects.toThrow(RuleError);
  });

  it("refuses a duplicate slug without writing anything", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const prediction = await db.prediction.findUniqueOrThrow({ where: { id: indicator.predictionId } });
    const before = await db.auditLog.count({ where: { userId: editor.id } });
    const refused = await createPrediction(
      { slug: prediction.slug, title: "Dup", claim: "C", sourceId: prediction.sourceId, horizonOn: null, position: 0 },
      editor.id,
    ).catch((error) => error);
    expect(refused).toMatchObject({ code: "P2002" });
    // The form shows why, next to the field.
    expect(failure(refused, {})).toMatchObject({ status: 409, fieldErrors: { slug: ["That slug is already used; choose another."] } });
    expect(await db.auditLog.count({ where: { userId: editor.id } })).toBe(before);
    expect(await db.prediction.count({ where: { title: "Dup" } })).toBe(0);
  });

  it("keeps an indicator's criteria fixed once it has been rated", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const input = indicatorInput(indicator, { criteria: "Revised before any rating." });
    const revised = await updateIndicator(indicator.id, 1, input, editor.id);
    await db.statusChange.create({
      data: {
        indicatorId: indicator.id,
        fromStatus: "NOT_YET_RATED",
        toStatus: "IN_PROGRESS",
        effectiveOn: new Date("2026-01-01"),
        summary: "Rated.",
        authorId: editor.id,
      },
    });
    await expect(
      updateIndicator(indicator.id, revised.version, { ...input, criteria: "Moved goalposts." }, editor.id),
    ).rejects.toMatchObject({
      field: "criteria",
      message: expect.stringMatching(/^What counts as achieved is fixed once an indicator has been rated/),
    });
    // Everything else about it can still be edited.
    expect(await updateIndicator(indicator.id, revised.version, { ...input, title: "Clearer title" }, editor.id)).toMatchObject({
      title: "Clearer title",
      criteria: "Revised before any rating.",
    });
  });

  it("remembers old slugs, so that links to a renamed indicator lead to its current address", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const input = indicatorInput(indicator);
    const [first, second] = [`${indicator.slug}-b`, `${indicator.slug}-c`];
    let version = (await updateIndicator(indicator.id, 1, { ...input, slug: first }, editor.id)).version;
    version = (await updateIndicator(indicator.id, version, { ...input, slug: second }, editor.id)).version;
    expect(await Promise.all([renamedTo("indicator", indicator.slug), renamedTo("indicator", first)])).toEqual([second, second]);
    expect(await renamedTo("prediction", indicator.slug)).toBeNull();
    // Back to its first address: that one is its own again, and the others lead to it.
    await updateIndicator(indicator.id, version, input, editor.id);
    expect(await db.slugRedirect.count({ where: { kind: "indicator", slug: indicator.slug } })).toBe(0);
    expect(await Promise.all([renamedTo("indicator", first), renamedTo("indicator", second)])).toEqual([indicator.slug, indicator.slug]);
  });

  it("a stale version is a ConflictError", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const input = indicatorInput(indicator, { title: "X", criteria: "C." });
    await expect(updateIndicator(indicator.id, 99, input, editor.id)).rejects.toBeInstanceOf(ConflictError);
  });
});
