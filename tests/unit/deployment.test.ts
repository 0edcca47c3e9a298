// The deployment files, checked without a Docker engine (none runs on our build machines;
// .ci/run also runs `docker-compose config` where docker-compose is installed).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const compose = parse(readFileSync("docker-compose.yml", "utf8"));
const dockerfile = readFileSync("Dockerfile", "utf8");

describe("docker-compose.yml", () => {
  it("runs PostgreSQL with a pg_isready healthcheck on a named volume", () => {
    const db = compose.services.db;
    expect(db.image).toMatch(/^postgres:/);
    expect(db.healthcheck.test.join(" ")).toContain("pg_isready");
    const [volume] = db.volumes[0].split(":");
    expect(compose.volumes).toHaveProperty(volume);
  });

  it("builds the app from the Dockerfile and starts it once the database is healthy", () => {
    const app = compose.services.app;
    expect(app.build).toBeDefined();
    expect(app.depends_on.db.condition).toBe("service_healthy");
    expect(app.environment.DATABASE_URL).toMatch(/^postgresql:\/\/.*@db:5432\//);
  });

  it("puts nginx in front as a shared cache, and scales the app without published ports", () => {
    const { nginx, app } = compose.services;
    expect(nginx.volumes.join(" ")).toContain("deploy/nginx/followthrough.conf.template");
    expect(nginx.environment.APP_UPSTREAM).toBe("app:3000");
    expect(nginx.depends_on.app.condition).toBe("service_healthy");
    expect(app.ports).toBeUndefined(); // `--scale app=3` would clash on a published port
    const nginxConf = readFileSync("deploy/nginx/followthrough.conf.template", "utf8");
    // Stale copies of any age while the app fails; while refreshing, only within the app's
    // stale-while-revalidate (1 s): "updating" as a directive would ignore it.
    const pages = /location \/ \{[^}]+\}/.exec(nginxConf)![0];
    expect(pages).toMatch(/proxy_cache_use_stale error timeout http_500 http_502 http_503 http_504;/);
    expect(pages).not.toMatch(/proxy_cache_use_stale[^;]*updating/);
    expect(pages).toMatch(/proxy_cache_background_update on;/);
    // One copy per URL whatever the client's Accept-Encoding (so stale copies reach every client),
    // and every other request header Next.js varies on is in the key.
    expect(nginxConf).toMatch(/proxy_ignore_headers Vary;/);
    const key = /proxy_cache_key "([^"]+)"/.exec(nginxConf)![1];
    for (const header of ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree", "next-url"]) {
      expect(key).toContain(`$http_${header.replaceAll("-", "_")}`);
    }
  });

  it("keeps secrets out of the file", () => {
    expect(compose.services.db.environment.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD/);
    expect(compose.services.app.environment.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET/);
  });
});

/** Project files a script loads through relative imports and requires, transitively. */
function localImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, "utf8");
  for (const [, specifier] of source.matchAll(/(?:from|import\(|require\()\s*"(\.{1,2}\/[^"]+)"/g)) {
    localImports(path.normalize(path.join(path.dirname(entry), specifier)), seen);
  }
  return seen;
}

describe("Dockerfile", () => {
  it("copies every project file the start script loads into the runtime image", () => {
    // The runtime stage has the standalone build, whole folders, and single files (COPY … ./lib/).
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("FROM "));
    const copied = [...runtime.matchAll(/^COPY --from=build \S+ (.+) \S+$/gm)].flatMap(([, sources]) =>
      sources.split(/\s+/).map((source) => source.replace(/^\/app\//, "")),
    );
    const missing = [...localImports("server/start.mjs")].filter(
      (file) => !copied.some((source) => file === source || file.startsWith(`${source}/`)),
    );
    expect(missing).toEqual([]);
  });

  it("is a multi-stage build of the standalone server", () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toContain("NEXT_OUTPUT=standalone");
    expect(dockerfile).toContain(".next/standalone");
    expect(dockerfile).toMatch(/^USER app$/m);
  });
});
