// Keeps `npm start`'s embedded PostgreSQL running. Every 2 s (and at once when the server this
// process started ends) it connects as the app does; when that fails, it brings the server back
// through openDatabase()'s restart() (same data folder, same port, a crashed server's leftovers
// cleared), retrying with backoff from 1 s to 15 s and logging each step. It connects rather than
// only watching its own child because the server may have been started by another command or an
// earlier run. If the server has not come back after EMBEDDED_POSTGRES_RESTART_TIMEOUT seconds
// (default 180), it calls giveUp(message) so that the app stops instead of serving errors forever.
// Meanwhile the app answers as in any outage: cached pages, 503s, "nothing was saved" on writes.
import { databaseProblem } from "./database.mjs";

const CHECK_EVERY_MS = 2_000;
const FIRST_RETRY_MS = 1_000; // also gives the dead server's backends a moment to end by themselves
const LONGEST_RETRY_MS = 15_000;

/**
 * @param {Awaited<ReturnType<typeof import("./database.mjs").openDatabase>>} database
 * @param {{ log: (line: string) => void, giveUp: (message: string) => void }} options
 * @returns {{ stop: () => Promise<void> }} stop() ends the supervision (call it first when stopping).
 */
export function superviseEmbeddedPostgres(database, { log, giveUp }) {
  if (!database.embedded) return { stop: async () => {} };
  const giveUpAfterMs = restartTimeoutSeconds() * 1000;
  let stopped = false;
  let wake = () => {};
  // embedded-postgres stops its servers by itself on these signals: that is no outage to repair.
  const stopOnSignal = () => {
    stopped = true;
    wake();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, stopOnSignal);
  const pause = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const watchServer = () => {
    const child = database.server()?.process;
    child?.once("exit", (code, signal) => {
      if (stopped) return;
      log(`Embedded PostgreSQL (pid ${child.pid}) ended (${signal ?? `exit code ${code}`}).`);
      wake();
    });
  };

  const run = async () => {
    let downSince = null;
    let retries = 0;
    let lastProblem = "";
    let giveUpTimer;
    watchServer();
    while (!stopped) {
      const problem = await databaseProblem(database.adminUrl);
      if (stopped) return;
      if (!problem) {
        if (downSince) log(`Embedded PostgreSQL is back, after ${((Date.now() - downSince) / 1000).toFixed(1)} s.`);
        downSince = null;
        retries = 0;
        clearTimeout(giveUpTimer);
        await pause(CHECK_EVERY_MS);
        continue;
      }
      if (!downSince) {
        downSince = Date.now();
        lastProblem = problem; // until a restart fails, which says more
        log(`Embedded PostgreSQL is down (${problem}); restarting it.`);
        // A timer rather than a check in this loop: a restart attempt itself may hang.
        giveUpTimer = setTimeout(() => {
          if (stopped) return;
          stopped = true;
          wake();
          giveUp(
            `The embedded PostgreSQL (${database.where}) could not be restarted within ${giveUpAfterMs / 1000} s ` +
              `(last error: ${oneLine(lastProblem)}); giving up. Fix that and start the app again.`,
          );
        }, giveUpAfterMs);
      }
      await pause(Math.min(FIRST_RETRY_MS * 2 ** retries, LONGEST_RETRY_MS));
      if (stopped) return;
      try {
        await database.restart();
        watchServer();
      } catch (error) {
        if (stopped) return; // stopping the app stops a server still starting, too
        retries += 1;
        lastProblem = error instanceof Error ? error.message : String(error);
        const next = Math.min(FIRST_RETRY_MS * 2 ** retries, LONGEST_RETRY_MS) / 1000;
        log(`Embedded PostgreSQL could not be restarted (${oneLine(lastProblem)}); trying again in ${next} s.`);
      }
    }
  };
  const running = run().catch((error) => {
    if (stopped) return;
    stopped = true;
    giveUp(`The embedded PostgreSQL's supervision failed: ${oneLine(error?.message ?? String(error))}`);
  });

  return {
    stop: async () => {
      stopped = true;
      wake();
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.off(signal, stopOnSignal);
      // A restart under way finishes first (it takes a second or two), so that close() then
      // stops what it started.
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    },
  };
}

function restartTimeoutSeconds() {
  const value = Number(process.env.EMBEDDED_POSTGRES_RESTART_TIMEOUT || 180);
  return Number.isFinite(value) && value > 0 ? value : 180;
}

function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
