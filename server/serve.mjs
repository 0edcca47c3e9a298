// What `npm start` (server/start.mjs) and `npm run dev` (server/dev.mjs) both do:
//  1. find the database: DATABASE_URL, or the embedded PostgreSQL under .data/ (started, and
//     supervised: brought back if it dies);
//  2. apply pending migrations, seed the first prediction when the database is empty (and its
//     first indicator's metrics, once), and create a first admin from ADMIN_EMAIL/ADMIN_PASSWORD
//     when there is none;
//  3. serve Next.js in this process through the request pipeline (server/pipeline.mjs), its
//     public caches kept fresh across replicas by PostgreSQL LISTEN/NOTIFY;
//  4. on SIGINT/SIGTERM, stop accepting requests, finish those in progress, stop the database.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { listenForPublicChanges } from "./cache-invalidation.mjs";
import { DatabaseUnavailableError, openDatabase, projectRoot } from "./database/database.mjs";
import { applyMigrations } from "./database/migrations.mjs";
import { superviseEmbeddedPostgres } from "./database/supervisor.mjs";
import { createPipeline } from "./pipeline.mjs";
import { ensureAuthSecret } from "./secrets.mjs";
import { bootstrapAdmin } from "./users.mjs";
import { seed, withClient } from "../prisma/seed.mjs";

const log = (line) => console.log(line);

/** The production build's Next.js config: in the Docker image (standalone output) there is no next.config.js. */
function buildConfig() {
  if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    throw Object.assign(new Error("No production build found. Run `npm run build` first."), { userFacing: true });
  }
  const file = path.join(projectRoot, ".next", "required-server-files.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).config : undefined;
}

/** Migrations, the seed (of an empty database; its metrics once), the first admin. */
async function prepare(databaseUrl) {
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) log(`Applied ${applied.length} migration(s).`);
  await withClient(databaseUrl, async (client) => {
    // The seed fills an empty database, and gives a database seeded before metrics existed its
    // seed metrics, each once (prisma/seed.mjs); another replica starting at the same moment may
    // have seeded first: seed() then adds nothing.
    const seeded = await seed(client);
    if (seeded > 0) log(`Seeded ${seeded} row(s).`);
    const admin = await bootstrapAdmin(client);
    if (admin) log(`Created the first admin account, ${admin}.`);
  });
}

/** @param {{ dev: boolean }} options */
export async function serve({ dev }) {
  const port = Number(process.env.PORT || 3000);
  const hostname = process.env.HOSTNAME || "0.0.0.0";
  let database;
  try {
    const conf = dev ? undefined : buildConfig();
    process.env.AUTH_SECRET = await ensureAuthSecret();
    database = await openDatabase({ log });
    // The embedded PostgreSQL is brought back if it dies; if it cannot be, the app stops.
    const supervisor = superviseEmbeddedPostgres(database, {
      log,
      giveUp: (message) => (console.error(`error: ${message}`), process.exit(1)),
    });
    await prepare(database.url);

    process.env.DATABASE_URL = database.url;
    // Absolute links (feeds, the API, embed snippets) name the address this server answers on.
    process.env.SITE_URL ||= `http://localhost:${port}`;
    if (!dev) process.env.NODE_ENV = "production";
    // Standalone output (the Docker image) ships only what its own server.js needs; like server.js,
    // hand Next.js its build-time config so that it does not try to load next.config.js and its tools.
    if (conf && existsSync(path.join(projectRoot, "server.js"))) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
    const { default: next } = await import("next");
    // Next.js builds its internal request URLs from this name; with the one its proxy (middleware)
    // sees, rewrites such as "/" -> /board/all stay in-process instead of going out over HTTP.
    const app = next({ dev, dir: projectRoot, hostname: "localhost", port, conf });
    await app.prepare();
    const handle = createPipeline({
      nextHandle: app.getRequestHandler(),
      buildDir: path.join(projectRoot, ".next"),
      dev,
      trustProxy: /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? ""),
    });
    const listener = listenForPublicChanges(database.url, { log });

    const server = http.createServer(handle);
    // A body that trickles in holds its request open for at most this long.
    server.requestTimeout = 60_000;
    server.keepAliveTimeout = 65_000;
    // Next.js's development server also serves hot reloading over WebSocket upgrades.
    if (dev) server.on("upgrade", app.getUpgradeHandler());
    await new Promise((resolve, reject) => server.once("error", reject).listen(port, hostname, resolve));
    log(`Followthrough is serving${dev ? " (development)" : ""} on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);

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
}
