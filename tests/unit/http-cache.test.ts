// The in-process cache in front of Next.js (server/http-cache.mjs), on a real HTTP server,
// with a small handler in Next.js's place that counts its renders.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bumpGeneration } from "@/server/cache-generation.cjs";
import { SHARED_CACHE_CONTROL } from "@/server/deferred-head.mjs";
import { createHttpCache } from "@/server/http-cache.mjs";

type Route = { status?: number; headers: Record<string, string | string[]>; body: string; delayMs?: number };

const PAGE = "<!doctype html><title>Board</title>" + "<p>An indicator card.</p>".repeat(200);
const routes: Record<string, Route> = {
  "/page": {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=10, stale-while-revalidate=300", etag: '"p1"' },
    body: PAGE,
  },
  "/slow": { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=10" }, body: PAGE, delayMs: 100 },
  "/feed": {
    headers: {
      "content-type": "application/rss+xml; charset=utf-8",
      "cache-control": "public, max-age=60, s-maxage=60",
      etag: '"v1"',
      "last-modified": "Wed, 25 Nov 2026 12:00:00 GMT",
    },
    body: "<rss>" + "<item/>".repeat(300) + "</rss>",
  },
  "/private": { headers: { "content-type": "text/html", "cache-control": "private, no-store" }, body: "for one reader" },
  "/cookie": { headers: { "content-type": "text/html", "cache-control": "s-maxage=10", "set-cookie": "a=b" }, body: "sets a cookie" },
  "/missing": { status: 404, headers: { "content-type": "text/html", "cache-control": "private, no-cache, no-store" }, body: "not found" },
  "/streamed": { headers: { "content-type": "text/plain", "cache-control": "s-maxage=10" }, body: "one,two,three" },
  // Next.js sends a redirect from a cached page with its Location appended twice.
  "/moved": {
    status: 308,
    headers: { "content-type": "text/html", "cache-control": "s-maxage=10", location: ["/here", "/here"] },
    body: "",
  },
  "/export.csv": { headers: { "content-type": "text/csv; charset=utf-8", "cache-control": "public, max-age=60, s-maxage=60" }, body: "" },
  // Renders well until the test makes it fail, as a page does while the database is down.
  "/fragile": { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=10" }, body: "version 1" },
};
const FRAGILE = { ...routes["/fragile"] };

// The large export: 6 MiB in 64 KiB rows, past the 4 MiB a cache entry may hold; its last row
// is written only once the test opens the gate.
const ROW = Buffer.alloc(64 * 1024, "a");
const EXPORT_ROWS = 96;
let gate: { open: boolean; waiting: (() => void)[] };
const openGate = () => {
  gate.open = true;
  for (const resolve of gate.waiting.splice(0)) resolve();
};
let exportsStarted: (() => void)[] = [];

let renders: Record<string, number> = {};
let base = "";
let server: http.Server;

/** Stands in for Next.js's request handler: answers from `routes`, writing in several chunks. */
async function next(req: http.IncomingMessage, res: http.ServerResponse) {
  const path = (req.url ?? "/").split("?")[0]; // a query makes another cache entry of the same route
  renders[path] = (renders[path] ?? 0) + 1;
  const route = routes[path];
  if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
  res.statusCode = route.status ?? 200;
  for (const [name, value] of Object.entries(route.headers)) res.setHeader(name, value);
  if (path === "/export.csv") {
    exportsStarted.shift()?.();
    for (let i = 0; i < EXPORT_ROWS - 1; i++) {
      // Like Next.js piping a stream: wait for "drain" when the socket says so.
      if (!res.write(ROW)) await new Promise((resolve) => res.once("drain", resolve));
    }
    if (!gate.open) await new Promise<void>((resolve) => gate.waiting.push(resolve));
    res.end(ROW);
  } else if (path === "/streamed") {
    for (const part of route.body.split(",")) res.write(part);
    res.end();
  } else {
    res.end(route.body);
  }
}

beforeAll(async () => {
  const cache = createHttpCache();
  server = http.createServer((req, res) => void cache.handle(req, res, next));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  renders = {};
  gate = { open: false, waiting: [] };
  exportsStarted = [];
  bumpGeneration(); // every test starts with nothing fresh (stale copies stay: tests of them use their own URLs)
  routes["/fragile"] = { ...FRAGILE };
});

/** A GET as it comes off the wire (fetch would decompress). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: Buffer }>((resolve, reject) => {
    http
      .get(base + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

describe("the in-process HTTP cache", () => {
  it("renders a public page once, then serves it from memory with the same bytes", async () => {
    const first = await get("/page");
    const second = await get("/page");
    expect([first.headers["x-cache"], second.headers["x-cache"]]).toEqual(["MISS", "HIT"]);
    expect(second.body.toString()).toBe(PAGE);
    // Shared caches in front are told 1 s (the app's cache keeps the page until a write).
    expect(second.headers["cache-control"]).toBe(SHARED_CACHE_CONTROL);
    expect(second.headers.vary).toBe("Accept-Encoding");
    expect(renders["/page"]).toBe(1);
  });

  it("compresses in brotli or gzip as the client accepts, and not when it refuses both", async () => {
    const br = await get("/page", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    const gzip = await get("/page", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
    expect(Number(gzip.headers["content-length"])).toBe(gzip.body.length);
    const identity = await get("/page", { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.toString()).toBe(PAGE);
    expect(renders["/page"]).toBe(1);
  });

  it("passes a redirect on with one Location header", async () => {
    const moved = await get("/moved");
    expect(moved.status).toBe(308);
    expect(moved.rawHeaders.filter((name) => name.toLowerCase() === "location")).toHaveLength(1);
    expect(moved.headers.location).toBe("/here");
  });

  it("gives each encoding of a body its own strong ETag, and 304s only the one the client holds", async () => {
    const identity = await get("/page", { "accept-encoding": "identity" });
    const br = await get("/page", { "accept-encoding": "br" });
    const gzip = await get("/page", { "accept-encoding": "gzip" });
    expect([identity.headers.etag, br.headers.etag, gzip.headers.etag]).toEqual(['"p1"', '"p1-br"', '"p1-gzip"']);
    expect((await get("/page", { "accept-encoding": "br", "if-none-match": '"p1-br"' })).status).toBe(304);
    expect((await get("/page", { "accept-encoding": "gzip", "if-none-match": '"p1-br"' })).status).toBe(200);
    expect((await get("/page", { "accept-encoding": "identity", "if-none-match": '"p1"' })).status).toBe(304);
  });

  it("answers 304 to a matching If-None-Match or If-Modified-Since, 200 otherwise", async () => {
    await get("/feed");
    expect((await get("/feed", { "if-none-match": '"v1"' })).status).toBe(304);
    expect((await get("/feed", { "if-modified-since": "Wed, 25 Nov 2026 12:00:00 GMT" })).status).toBe(304);
    const changed = await get("/feed", { "if-none-match": '"v0"' });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toBe('"v1"');
  });

  it("drops everything when the public-data generation changes (a write in any replica)", async () => {
    await get("/page");
    bumpGeneration();
    expect((await get("/page")).headers["x-cache"]).toBe("MISS");
    expect(renders["/page"]).toBe(2);
  });

  it("keeps the render of a generation that changed meanwhile out of later answers", async () => {
    const during = get("/slow");
    await new Promise((resolve) => setTimeout(resolve, 20));
    bumpGeneration(); // a save lands while the page is rendering
    expect((await during).headers["x-cache"]).toBe("MISS");
    expect((await get("/slow")).headers["x-cache"]).toBe("MISS");
    expect(renders["/slow"]).toBe(2);
  });

  it("renders a URL once when many ask for it at the same time", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/slow")));
    expect(answers.every((answer) => answer.status === 200 && answer.body.toString() === PAGE)).toBe(true);
    expect(answers.filter((answer) => answer.headers["x-cache"] === "MISS")).toHaveLength(1);
    expect(renders["/slow"]).toBe(1);
  });

  it("never stores private responses, responses that set a cookie, or errors", async () => {
    for (const path of ["/private", "/cookie", "/missing"]) {
      const first = await get(path);
      const second = await get(path);
      expect(first.body.toString()).toBe(routes[path].body);
      expect(second.headers["x-cache"]).toBeUndefined();
      expect(renders[path]).toBe(2);
    }
    expect((await get("/cookie")).headers["set-cookie"]).toEqual(["a=b"]);
    expect((await get("/missing")).status).toBe(404);
  });

  it("passes signed-in readers and client navigations straight through", async () => {
    await get("/page");
    const signedIn = await get("/page", { cookie: "authjs.session-token=abc" });
    const navigation = await get("/page", { rsc: "1" });
    expect(signedIn.headers["x-cache"]).toBeUndefined();
    expect(navigation.headers["x-cache"]).toBeUndefined();
    expect(renders["/page"]).toBe(3);
  });

  it("collects a response written in several chunks", async () => {
    await get("/streamed");
    const hit = await get("/streamed");
    expect(hit.headers["x-cache"]).toBe("HIT");
    expect(hit.body.toString()).toBe("onetwothree");
  });

  it("streams a response too large to store as it is written, without holding it whole", async () => {
    let received = 0;
    const done = new Promise<{ headers: http.IncomingHttpHeaders; received: number }>((resolve, reject) => {
      http
        .get(base + "/export.csv", (res) => {
          res.on("data", (chunk: Buffer) => {
            received += chunk.length;
            if (received >= 5 * 1024 * 1024) openGate(); // most of it arrived before the handler finished
          });
          res.on("end", () => resolve({ headers: res.headers, received }));
        })
        .on("error", reject);
    });
    const answer = await done;
    expect(answer.received).toBe(EXPORT_ROWS * ROW.length);
    expect(answer.headers["x-cache"]).toBeUndefined();
    expect(answer.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(answer.headers["cache-control"]).toBe(SHARED_CACHE_CONTROL);
  });

  it("lets a second download of a large export start while the first is still streaming", async () => {
    const started = [0, 1].map(() => new Promise<void>((resolve) => exportsStarted.push(resolve)));
    const download = () =>
      new Promise<number>((resolve, reject) => {
        http
          .get(base + "/export.csv", (res) => {
            let received = 0;
            res.on("data", (chunk: Buffer) => (received += chunk.length)).on("end", () => resolve(received));
          })
          .on("error", reject);
      });
    const first = download();
    await started[0];
    const second = download();
    await started[1]; // begun while the first still waits for its last row
    openGate();
    expect(await Promise.all([first, second])).toEqual([EXPORT_ROWS * ROW.length, EXPORT_ROWS * ROW.length]);
  });

  it("answers HEAD from the cache without a body", async () => {
    await get("/page");
    const head = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .request(base + "/page", { method: "HEAD" }, resolve)
        .on("error", reject)
        .end(),
    );
    expect(head.statusCode).toBe(200);
    expect(head.headers["x-cache"]).toBe("HIT");
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(PAGE));
  });

  describe("through a failure to render (issue 9, finding 7)", () => {
    const failing = {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
      body: "unavailable",
    };

    it("after a write, a page whose new render fails is served as it last was, marked stale", async () => {
      expect((await get("/fragile")).headers["x-cache"]).toBe("MISS");
      bumpGeneration(); // a write: the copy is stale now
      routes["/fragile"] = failing;
      const stale = await get("/fragile");
      expect(stale.status).toBe(200);
      expect(stale.body.toString()).toBe("version 1");
      expect(stale.headers["x-cache"]).toBe("STALE");
      expect(stale.headers["cache-status"]).toContain("stale");
      expect(Number(stale.headers.age)).toBeGreaterThanOrEqual(0);
      // Tried again at most every 2 s, not on every request.
      await get("/fragile");
      expect(renders["/fragile"]).toBe(2);
      // Once it renders again, readers get the new page.
      routes["/fragile"] = { ...FRAGILE, body: "version 2" };
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const fresh = await get("/fragile");
      expect([fresh.headers["x-cache"], fresh.body.toString()]).toEqual(["MISS", "version 2"]);
    });

    it("a page never rendered passes the failure on", async () => {
      routes["/fragile"] = failing;
      const response = await get("/fragile?never-rendered");
      expect([response.status, response.body.toString()]).toEqual([503, "unavailable"]);
    });

    it("a page that now answers otherwise (a redirect) leaves no stale copy behind", async () => {
      await get("/fragile?renamed");
      bumpGeneration();
      routes["/fragile"] = { status: 307, headers: { location: "/elsewhere" }, body: "" };
      expect((await get("/fragile?renamed")).status).toBe(307);
      routes["/fragile"] = failing;
      expect((await get("/fragile?renamed")).status).toBe(503);
    });
  });
});
