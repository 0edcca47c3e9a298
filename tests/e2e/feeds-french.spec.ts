// Every feed in French (issue 12), read through the same real parsers as the English ones: saxes
// (strict XML) and feedparser for RSS and Atom, @extractus/feed-extractor for JSON Feed
// (tests/e2e/support.ts). French texts are written with SQL into the *_fr columns, as an editor's
// translation would store them; what has no French version is the English original, marked.
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  createMetricFixture,
  createObservationFixture,
  createPredictionFixture,
  createUser,
  invalidatePublicCaches,
  parseJsonFeed,
  parseXmlFeed,
  readXmlItems,
  unique,
  withDb,
} from "./support";

const NBSP = "\u00A0";

async function insertChange(
  indicatorId: number,
  authorId: number,
  fields: { summary: string; summaryFr?: string; evidenceTitleFr?: string },
) {
  const id = await withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, summary_fr, author_id)
       VALUES ($1, 'NOT_YET_RATED', 'IN_PROGRESS', DATE '2026-11-30', $2, $3, $4) RETURNING id`,
      [indicatorId, fields.summary, fields.summaryFr ?? null, authorId],
    );
    await client.query(
      `INSERT INTO evidence (status_change_id, position, url, title, title_fr, publisher, published_on, kind)
       VALUES ($1, 0, 'https://example.org/evidence?a=1&b=2', 'English evidence title', $2, 'Example Publisher', DATE '2026-11-29', 'OFFICIAL')`,
      [rows[0].id, fields.evidenceTitleFr ?? null],
    );
    return rows[0].id as number;
  });
  await invalidatePublicCaches();
  return id;
}

/** The language a feed declares: RSS <language>, Atom's xml:lang on <feed>, JSON Feed's "language". */
async function declaredLanguage(text: string, path: string) {
  if (path.endsWith(".json")) return JSON.parse(text).language as string;
  const { XMLParser } = await import("fast-xml-parser");
  const document = new XMLParser({ ignoreAttributes: false }).parse(text);
  return document.feed ? (document.feed["@_xml:lang"] as string) : (document.rss.channel.language as string);
}

type Item = { guid: string; title: string; link: string; content: string };

/** A feed read by every parser: the strict XML check, the feed reader, and the titles exactly as the document holds them. */
async function readFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  let items: Item[];
  let title: string;
  if (path.endsWith(".json")) {
    const { json, extracted } = await parseJsonFeed(text);
    expect(extracted.entries?.map((entry) => entry.link)).toEqual(json.items.map((item: { url: string }) => item.url));
    title = json.title;
    items = json.items.map((item: { id: string; title: string; url: string; content_html: string }) => ({
      guid: item.id,
      title: item.title,
      link: item.url,
      content: item.content_html,
    }));
  } else {
    const parsed = await parseXmlFeed(text);
    const raw = await readXmlItems(text);
    expect(parsed.items.map((item) => [item.guid, item.link])).toEqual(raw.map((item) => [item.id, item.link]));
    title = parsed.title;
    items = parsed.items.map((item, index) => ({ guid: item.guid, title: raw[index].title, link: item.link, content: item.content }));
  }
  return { text, title, items, language: await declaredLanguage(text, path), headers: response.headers() };
}

test("every feed in French: its language declared, French titles and labels, French links, a pending translation marked", async ({
  request,
  baseURL,
}) => {
  const editor = await createUser("editor", "feeds-fr");
  const fixture = await createPredictionFixture("feeds-fr", 2);
  const [translated, pending] = fixture.indicators;
  const titleFr = `Sécurité arctique ${fixture.slug}`;
  await withDb(async (client) => {
    await client.query("UPDATE indicators SET title_fr = $2 WHERE id = $1", [translated.id, titleFr]);
    await client.query("UPDATE predictions SET title_fr = $2 WHERE id = $1", [fixture.predictionId, `Prédiction ${fixture.slug}`]);
  });
  const summaryFr = unique("Résumé en français");
  const a = await insertChange(translated.id, editor.id, {
    summary: unique("English summary"),
    summaryFr,
    evidenceTitleFr: "Titre de la preuve",
  });
  const pendingSummary = unique("Summary awaiting its translation");
  const b = await insertChange(pending.id, editor.id, { summary: pendingSummary });
  // A metric of the translated indicator, in French too, with two values: "1,4 % → 2,0 % du PIB".
  const metric = await createMetricFixture(translated.id, "feeds-fr");
  await withDb((client) =>
    client.query("UPDATE metrics SET title_fr = 'Dépenses de défense', unit_fr = '% du PIB' WHERE id = $1", [metric.metricId]),
  );
  const first = await createObservationFixture(metric.metricId, editor.id, 2024, "1.4");
  const second = await createObservationFixture(metric.metricId, editor.id, 2025, "2.0");
  await invalidatePublicCaches();

  // Newest first: the values, then the status changes.
  const changeTitles = new Map([
    [`urn:followthrough:observation:${second}`, `Dépenses de défense${NBSP}: 1,4${NBSP}% → 2,0${NBSP}% du PIB (2025)`],
    [`urn:followthrough:observation:${first}`, `Dépenses de défense${NBSP}: 1,4${NBSP}% du PIB (2024)`],
    // No French title yet: the English one, with the French labels around it.
    [`urn:followthrough:status-change:${b}`, `${pending.title}${NBSP}: Pas encore évalué → En cours`],
    [`urn:followthrough:status-change:${a}`, `${titleFr}${NBSP}: Pas encore évalué → En cours`],
  ]);
  const feeds: [path: string, guids: string[], title: string][] = [
    ["/fr/feed.xml", [...changeTitles.keys()], `Followthrough${NBSP}: chaque changement de statut`],
    ["/fr/feed.atom", [...changeTitles.keys()], `Followthrough${NBSP}: chaque changement de statut`],
    ["/fr/feed.json", [...changeTitles.keys()], `Followthrough${NBSP}: chaque changement de statut`],
    [`/fr/predictions/${fixture.slug}/feed.xml`, [...changeTitles.keys()], `Followthrough${NBSP}: Prédiction ${fixture.slug}`],
    [
      `/fr/indicators/${translated.slug}/feed.xml`,
      [...changeTitles.keys()].filter((guid) => !guid.endsWith(`:${b}`)),
      `Followthrough${NBSP}: ${titleFr}`,
    ],
    [
      `/fr/indicators/${translated.slug}/feed.atom`,
      [...changeTitles.keys()].filter((guid) => !guid.endsWith(`:${b}`)),
      `Followthrough${NBSP}: ${titleFr}`,
    ],
    [`/fr/indicators/${pending.slug}/feed.xml`, [`urn:followthrough:status-change:${b}`], `Followthrough${NBSP}: ${pending.title}`],
  ];
  for (const [path, guids, title] of feeds) {
    const feed = await readFeed(request, path);
    expect(feed.language, `${path} declares French`).toBe(path.endsWith(".xml") ? "fr-ca" : "fr-CA");
    expect(feed.title, path).toBe(title);
    const ours = feed.items.filter((item) => guids.includes(item.guid));
    expect(
      ours.map((item) => [item.guid, item.title]),
      path,
    ).toEqual(guids.map((guid) => [guid, changeTitles.get(guid)]));
    for (const item of feed.items)
      expect(item.link, `${path}: links lead to the French pages`).toMatch(new RegExp(`^${baseURL}/fr/indicators/`));
    const byGuid = new Map(ours.map((item) => [item.guid, item]));

    const done = byGuid.get(`urn:followthrough:status-change:${a}`);
    if (done) {
      expect(done.link).toBe(`${baseURL}/fr/indicators/${translated.slug}/changes/${a}`);
      expect(done.content, path).toContain(summaryFr);
      expect(done.content, path).toContain("Titre de la preuve");
      expect(done.content, path).toContain("En vigueur le 30 novembre 2026.");
      expect(done.content, path).toContain(`Consigné par ${editor.name}.`);
      expect(done.content, path).toContain("Source officielle ou primaire");
      expect(done.content, path).not.toContain("Traduction à venir");
    }
    const marked = byGuid.get(`urn:followthrough:status-change:${b}`);
    if (marked) {
      // The English original, in English and marked pending, never an empty field.
      expect(marked.content, path).toMatch(new RegExp(`<div lang="en-CA" data-translation="pending"><p>${pendingSummary}</p></div>`));
      expect(marked.content, path).toContain("(Traduction à venir)");
      expect(marked.content, path).toMatch(/<span lang="en-CA" data-translation="pending">English evidence title<\/span>/);
    }
    const value = byGuid.get(`urn:followthrough:observation:${second}`);
    if (value) {
      expect(value.link).toBe(`${baseURL}/fr/indicators/${translated.slug}/observations/${second}`);
      expect(value.content, path).toContain(`/fr/indicators/${translated.slug}/metrics/${metric.slug}`);
      expect(value.content, path).toContain(`Étape${NBSP}: Réalisé.`);
    }
  }

  // Self links name the French feed; the JSON Feed's summary marks a pending original.
  const rss = await readFeed(request, "/fr/feed.xml");
  expect(rss.text).toContain(`<atom:link href="${baseURL}/fr/feed.xml" rel="self" type="application/rss+xml"`);
  expect(rss.text).toContain(`<link>${baseURL}/fr</link>`);
  const json = JSON.parse((await readFeed(request, "/fr/feed.json")).text);
  expect(json.feed_url).toBe(`${baseURL}/fr/feed.json`);
  expect(json.items.find((item: { id: string }) => item.id === `urn:followthrough:status-change:${b}`).summary).toBe(
    `[Traduction à venir] ${pendingSummary}`,
  );
  const atom = await readFeed(request, `/fr/indicators/${translated.slug}/feed.atom`);
  expect(atom.text).toContain(`<link rel="self" href="${baseURL}/fr/indicators/${translated.slug}/feed.atom"`);

  // The English feeds are as they were, and each entry keeps one guid in both languages.
  for (const path of ["/feed.xml", "/feed.atom", "/feed.json"]) {
    const english = await readFeed(request, path);
    expect(english.language, path).toBe(path.endsWith(".xml") ? "en-ca" : "en-CA");
    const ours = english.items.filter((item) => changeTitles.has(item.guid));
    expect(ours.map((item) => item.guid)).toEqual([...changeTitles.keys()]);
    expect(ours.map((item) => item.title)).toEqual([
      `Fictional metric ${metric.slug}: 1.4% → 2.0% of GDP (2025)`,
      `Fictional metric ${metric.slug}: 1.4% of GDP (2024)`,
      `${pending.title}: Not yet rated → In progress`,
      `${translated.title}: Not yet rated → In progress`,
    ]);
    for (const item of english.items) expect(item.link).not.toContain("/fr/");
  }
});

test("entry and value addresses, renamed slugs and the badge keep the language", async ({ request }) => {
  const editor = await createUser("editor", "fr-addresses");
  const fixture = await createPredictionFixture("fr-addresses");
  const [indicator] = fixture.indicators;
  const change = await insertChange(indicator.id, editor.id, { summary: unique("An entry") });
  const metric = await createMetricFixture(indicator.id, "fr-addresses");
  const value = await createObservationFixture(metric.metricId, editor.id, 2024);

  const entry = await request.get(`/fr/indicators/${indicator.slug}/changes/${change}`, { maxRedirects: 0 });
  expect(entry.status()).toBe(307);
  expect(entry.headers()["location"]).toBe(`/fr/indicators/${indicator.slug}#change-${change}`);
  const english = await request.get(`/indicators/${indicator.slug}/changes/${change}`, { maxRedirects: 0 });
  expect(english.headers()["location"]).toBe(`/indicators/${indicator.slug}#change-${change}`);
  const observation = await request.get(`/fr/indicators/${indicator.slug}/observations/${value}`, { maxRedirects: 0 });
  expect(observation.status()).toBe(307);
  expect(observation.headers()["location"]).toBe(`/fr/indicators/${indicator.slug}/metrics/${metric.slug}#observation-${value}`);

  // A renamed indicator: its old French addresses lead to its new French ones.
  const renamed = `${indicator.slug}-renamed`;
  await withDb(async (client) => {
    await client.query("UPDATE indicators SET slug = $2, status = 'STALLED', target_on = DATE '2020-01-01' WHERE id = $1", [
      indicator.id,
      renamed,
    ]);
    await client.query("INSERT INTO slug_redirects (kind, slug, target_id) VALUES ('indicator', $1, $2)", [indicator.slug, indicator.id]);
  });
  await invalidatePublicCaches();
  for (const rest of ["/feed.xml", "/feed.atom", "/badge.svg", `/changes/${change}`]) {
    const moved = await request.get(`/fr/indicators/${indicator.slug}${rest}`, { maxRedirects: 0 });
    expect(moved.status(), rest).toBe(307);
    expect(moved.headers()["location"], rest).toBe(`/fr/indicators/${renamed}${rest}`);
  }

  // The French badge: French status and overdue flag, its language declared, the English title while its French is pending.
  const badge = await (await request.get(`/fr/indicators/${renamed}/badge.svg`)).text();
  expect(badge).toContain('lang="fr-CA"');
  expect(badge).toContain(">Au point mort · en retard</text>");
  expect(badge).toContain(`<title>${indicator.title}${NBSP}: Au point mort · en retard</title>`);
  const englishBadge = await (await request.get(`/indicators/${renamed}/badge.svg`)).text();
  expect(englishBadge).toContain(">Stalled · overdue</text>");
  expect(englishBadge).toContain('lang="en-CA"');
});

test("each language of a feed is its own URL and cache entry: headers and cookies change nothing", async ({ request }) => {
  const fixture = await createPredictionFixture("fr-cache");
  const path = `/indicators/${fixture.indicators[0].slug}/feed.xml`;
  // Asking for the other language, by header or by next-intl's cookie, changes nothing: the URL decides.
  const french = await request.get(`/fr${path}`, { headers: { "Accept-Language": "en-CA,en;q=0.9", Cookie: "NEXT_LOCALE=en-CA" } });
  const frenchAgain = await request.get(`/fr${path}`, { headers: { "Accept-Language": "fr-CA" } });
  const english = await request.get(path, { headers: { "Accept-Language": "fr-CA,fr;q=0.9", Cookie: "NEXT_LOCALE=fr-CA" } });
  for (const response of [french, frenchAgain, english]) {
    expect(response.status()).toBe(200);
    // The pipeline's cache (server/http-cache.mjs) keys on the URL; nothing else may vary.
    expect(response.headers()["vary"] ?? "Accept-Encoding").toBe("Accept-Encoding");
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
  expect(await french.text()).toContain("<language>fr-ca</language>");
  expect(await frenchAgain.text()).toBe(await french.text());
  expect(await english.text()).toContain("<language>en-ca</language>");
  expect(english.headers()["etag"]).not.toBe(french.headers()["etag"]);

  // The social images are drawn in each language too.
  const images = await Promise.all(
    ["/opengraph-image", "/fr/opengraph-image"].map(async (image) => {
      const response = await request.get(image);
      expect(response.status(), image).toBe(200);
      expect(response.headers()["content-type"], image).toBe("image/png");
      return response.body();
    }),
  );
  expect(Buffer.compare(images[0], images[1])).not.toBe(0);
});

test("French pages offer the French feeds under French titles", async ({ request }) => {
  const html = await (await request.get("/fr/methodology")).text();
  const links = html.match(/<link [^>]*rel="alternate"[^>]*>/g) ?? [];
  // Discovery links carry the site's origin (metadataBase); only their paths matter here.
  const feed = (name: string) => links.find((link) => new RegExp(`href="[^"]*/fr/${name.replace(".", "\\.")}"`).test(link));
  expect(feed("feed.xml"), links.join("\n")).toContain(`title="Followthrough${NBSP}: chaque changement de statut (RSS)"`);
  expect(feed("feed.json")).toContain("(JSON Feed)");
  expect(links.some((link) => /href="(https?:\/\/[^/"]+)?\/feed\.(xml|atom|json)"/.test(link))).toBe(false);
});

// Issue 9, finding 3, in French: no text an editor types into a French column (here with SQL, past
// every form) can end an element, open markup or forge an item, in any feed or parser.
test("hostile French text forges nothing, in any French feed or parser", async ({ request, baseURL }) => {
  const editor = await createUser("editor", "fr-forge");
  const admin = await createUser("admin", "fr-forge-admin");
  const fixture = await createPredictionFixture("fr-forge");
  const [indicator] = fixture.indicators;
  const forging = "Arctique]]>x]]></title><link>https://evil.example/</link></item><item><title>FAUX : élément forgé</title>";
  const markup = `<script>alert("x")</script> ]]> A & &amp; 'q' "d" </entry><entry><id>urn:evil</id><title>FAUX</title>`;
  await withDb((client) => client.query("UPDATE indicators SET title_fr = $2 WHERE id = $1", [indicator.id, forging]));
  const change = await insertChange(indicator.id, editor.id, {
    summary: unique("Forged in French"),
    summaryFr: markup,
    evidenceTitleFr: forging,
  });
  const metric = await createMetricFixture(indicator.id, "fr-forge");
  await withDb((client) =>
    client.query("UPDATE metrics SET title_fr = $2, unit_fr = $3 WHERE id = $1", [metric.metricId, forging, markup]),
  );
  const value = await createObservationFixture(metric.metricId, editor.id, 2024);
  await withDb((client) =>
    client.query(
      "UPDATE observations SET note = 'A note.', note_fr = $2, retracted_at = now(), retracted_by_id = $3, retraction_note = 'Withdrawn.', retraction_note_fr = $2 WHERE id = $1",
      [value, markup, admin.id],
    ),
  );
  await invalidatePublicCaches();

  const expected = [
    `urn:followthrough:observation-retraction:${value}`,
    `urn:followthrough:observation:${value}`,
    `urn:followthrough:status-change:${change}`,
  ];
  for (const path of [
    "/fr/feed.xml",
    "/fr/feed.atom",
    "/fr/feed.json",
    `/fr/predictions/${fixture.slug}/feed.xml`,
    `/fr/indicators/${indicator.slug}/feed.xml`,
    `/fr/indicators/${indicator.slug}/feed.atom`,
  ]) {
    const feed = await readFeed(request, path); // throws on malformed XML
    for (const item of feed.items) expect(item.link, `${path}: every link is ours`).toMatch(new RegExp(`^${baseURL}/fr/`));
    expect(feed.items.some((item) => item.guid === "urn:evil" || /^FAUX/.test(item.title))).toBe(false);
    const ours = feed.items.filter((item) => item.link.includes(fixture.slug));
    expect(
      ours.map((item) => item.guid),
      path,
    ).toEqual(expected);
    expect(ours[2].title, path).toBe(`${forging}${NBSP}: Pas encore évalué → En cours`);
    for (const item of ours) {
      expect(item.content, path).toContain("&lt;script&gt;");
      expect(item.content, path).not.toContain("<script>");
    }
  }
  const badge = await (await request.get(`/fr/indicators/${indicator.slug}/badge.svg`)).text();
  expect(badge).not.toContain("<link>");
  expect(badge.match(/<title>/g)).toHaveLength(1);
});
