// Keeps this process's public caches in step with every other replica: each write's transaction
// sends NOTIFY followthrough_public (lib/writes/audit.ts), and every app process LISTENs and bumps its
// cache generation (server/cache-generation.cjs). If the connection drops (PostgreSQL restarting),
// it reconnects with backoff and bumps once more, since it may have missed a notification.
import { createRequire } from "node:module";
import pg from "pg";

const require = createRequire(import.meta.url);
const { bumpGeneration, CHANNEL } = require("./cache-generation.cjs");

export function listenForPublicChanges(databaseUrl, { log = () => {} } = {}) {
  let client = null;
  let stopped = false;
  let delay = 500;
  let timer = null;

  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    next.on("notification", () => bumpGeneration());
    next.on("error", () => {}); // reported through "end"
    next.on("end", () => {
      if (client !== next || stopped) return;
      client = null;
      schedule();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      client = next;
      if (delay > 500) log("Cache invalidation: listening again.");
      delay = 500;
      bumpGeneration();
    } catch {
      await next.end().catch(() => {});
      schedule();
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, 10_000);
  };

  connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
