// Starting the production server (server/start.mjs) as a child process on a free port: used by
// the browser tests' setup, the fault tests and the benchmark.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { projectRoot } from "../../server/database/database.mjs";

// The V8 settings `npm start` runs with (package.json, Dockerfile; tests/unit/node-flags.test.ts
// holds the three equal): heap limits, and one V8 worker thread instead of one per core (V8's workers
// compile and mark the heap beside the main thread; which of their buffers the saving comes from was
// not measured). With one, the server's peak RSS over the benchmark's seed phases (load, renders after
// saves, admin pages, CSV), replayed three times each way, fell from 264-303 MiB to 240-263 MiB, and
// uncached renders were no slower; the full benchmark's peak is in docs/performance.md.
export const NODE_FLAGS = ["--max-old-space-size=256", "--max-semi-space-size=8", "--v8-pool-size=1"];

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the app on `databaseUrl` and waits until /api/health answers 200. With `databaseUrl`
 * null, the app starts without DATABASE_URL, on its embedded PostgreSQL (in FOLLOWTHROUGH_DATA_DIR
 * when `env` sets it).
 * @param {string | null} databaseUrl
 * @param {{ port?: number, env?: Record<string, string>, onOutput?: (chunk: string) => void }} [options]
 */
export async function startApp(databaseUrl, options = {}) {
  const { env = {}, onOutput } = options;
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const childEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    SITE_URL: base,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ...env,
  };
  if (!databaseUrl) delete childEnv.DATABASE_URL;
  const server = spawn(process.execPath, [...NODE_FLAGS, "server/start.mjs"], {
    cwd: projectRoot,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk) => {
    output += chunk;
    onOutput?.(String(chunk));
  };
  server.stdout.on("data", collect);
  server.stderr.on("data", collect);
  // An app that ends before stop() is called says how, so that a test's ECONNREFUSED can be explained.
  let stopping = false;
  const exited = new Promise((resolve) =>
    server.once("exit", (code, signal) => {
      if (!stopping) collect(`\n[app-server] the app (pid ${server.pid}) ended on its own: exit code ${code}, signal ${signal}\n`);
      resolve({ code, signal });
    }),
  );
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`The app exited with code ${server.exitCode ?? server.signalCode}:\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      server.kill("SIGKILL");
      throw new Error(`The app did not become healthy within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    port,
    pid: server.pid,
    output: () => output,
    /** Resolves with the exit code (or signal) once the app process has ended. */
    exited,
    stop: async () => {
      stopping = true;
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
      await exited;
    },
  };
}
