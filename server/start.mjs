// npm start: serves the production build on http://localhost:${PORT:-3000}.
//  1. finds the database: DATABASE_URL, or the embedded PostgreSQL under .data/ (started here);
//  2. applies pending migrations, seeds the first prediction when the database is empty, and
//     creates a first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is none;
//  3. serves Next.js in this process, behind a small in-memory HTTP cache of public responses
//     (server/http-cache.mjs), kept fresh across replicas by PostgreSQL LISTEN/NOTIFY, and
//     two thin wrappers: real 404 and error pages in the HTML (server/error-pages.mjs) and a
//     400 with a reason for server-action bodies Next.js cannot read (server/action-errors.mjs);
//  4. on SIGINT/SIGTERM, stops accepting requests, then stops the embedded PostgreSQL.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { DatabaseUnavailableError, openDatabase, projectRoot } from "./database/database.mjs";
import { listenForPublicChanges } from "./cache-invalidation.mjs";
import { superviseEmbeddedPostgres } from "./database/supervisor.mjs";
import { createHttpCache } from "./http-cache.mjs";
import { refuseUnreadableActions } from "./action-errors.mjs";
import { limitRequestBody, refuseHiddenParameters, refuseUnexpectedMethod } from "./request-guards.mjs";
import { serverRenderedErrorPages } from "./error-pages.mjs";
import { applyMigrations } from "./database/migrations.mjs";
import { ensureAuthSecret } from "./secrets.mjs";
import { bootstrapAdmin } from "./users.mjs";
import { isEmpty, seed, withClient } from "../prisma/seed.mjs";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

/** The build's Next.js config: in the Docker image (standalone output) there is no next.config.js. */
function buildConfig() {
  if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    throw Object.assign(new Error("No production build found. Run `npm run build` first."), { userFacing: true });
  }
  const file = path.join(projectRoot, ".next", "required-server-files.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).config : undefined;
}

let database;
try {
  const conf = buildConfig();
  process.env.AUTH_SECRET = await ensureAuthSecret();
  database = await openDatabase({ log: (line) => console.log(line) });
  // The embedded PostgreSQL is brought back if it dies; if it cannot be, the app stops.
  const supervisor = superviseEmbeddedPostgres(database, { log: (line) => console.log(line), giveUp: (message) => (console.error(`error: ${message}`), process.exit(1)) });
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  await withClient(database.url, async (client) => {
    // Another replica starting at the same moment may have seeded first: seed() then adds nothing.
    if ((await isEmpty(client)) && (await seed(client)) > 0) console.log("Seeded the first prediction.");
    const admin = await bootstrapAdmin(client);
    if (admin) console.log(`Created the first admin account, ${admin}.`);
  });

  process.env.DATABASE_URL = database.url;
  // Absolute links (feeds, the API, embed snippets) name the address this server answers on.
  process.env.SITE_URL ||= `http://localhost:${port}`;
  process.env.NODE_ENV = "production";
  // Standalone output (the Docker image) ships only what its own server.js needs; like server.js,
  // hand Next.js its build-time config so that it does not try to load next.config.js and its tools.
  if (conf && existsSync(path.join(projectRoot, "server.js"))) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
  const { default: next } = await import("next");
  // Next.js builds its internal request URLs from this name; with the one its proxy (middleware)
  // sees, rewrites such as "/" -> /board/all stay in-process instead of going out over HTTP.
  const app = next({ dev: false, dir: projectRoot, hostname: "localhost", port, conf });
  const nextHandle = app.getRequestHandler();
  const errorPages = serverRenderedErrorPages(path.join(projectRoot, ".next"));
  const handle = (req, res) => errorPages(req, res, (req, res) => refuseUnreadableActions(req, res, nextHandle));
  await app.prepare();

  const listener = listenForPublicChanges(database.url, { log: (line) => console.log(line) });
  const cache = createHttpCache();
  // The client address for the sign-in rate limit (lib/auth/client-ip.ts) is the last X-Forwarded-For
  // hop. Behind a reverse proxy that appends the real client (TRUST_PROXY=true, as in
  // docker-compose) that header is kept; otherwise it is set to the connection's own peer, so that
  // a client cannot choose its address.
  const trustProxy = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? "");
  const server = http.createServer((req, res) => {
    if (!trustProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
    if (refuseUnexpectedMethod(req, res) || refuseHiddenParameters(req, res)) return;
    limitRequestBody(req, res, () =>
      cache.handle(req, res, handle).catch((error) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Internal server error\n");
      }),
    );
  });
  // A body that trickles in holds its request open for at most this long.
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, hostname, resolve));
  console.log(`Followthrough is serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await supervisor.stop();
    // Finish the requests in progress (a save is one transaction either way), for up to 10 s.
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await listener.stop();
    await app.close?.();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  await database?.close();
  if (error instanceof DatabaseUnavailableError || error?.userFacing) console.error(`error: ${error.message}`);
  else console.error(error);
  process.exit(1);
}
