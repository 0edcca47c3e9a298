// Runs the repo's nginx configuration (deploy/nginx/followthrough.conf.template) locally in front
// of one app server, plus a second server block serving a static file, for the benchmark.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../../server/database/database.mjs";
import { freePort, sleep } from "./lib.mjs";

/** A response's body as it comes off the wire (gzip left as it is). */
function rawBody(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => resolve(Buffer.concat(chunks)));
      })
      .on("error", reject);
  });
}

export function nginxBinary() {
  for (const candidate of [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx"]) {
    if (candidate && existsSync(candidate) && spawnSync(candidate, ["-v"]).status === 0) return candidate;
  }
  return null;
}

export async function startNginx(binary, appPort) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "followthrough-bench-nginx-"));
  const [port, staticPort] = [await freePort(), await freePort()];
  await mkdir(path.join(dir, "cache"));
  await mkdir(path.join(dir, "static"));
  await writeFile(path.join(dir, "static", "robots.txt"), await readFile(path.join(projectRoot, "public/robots.txt")));
  const template = await readFile(path.join(projectRoot, "deploy/nginx/followthrough.conf.template"), "utf8");
  const site = template
    .replaceAll("${NGINX_CACHE_DIR}", path.join(dir, "cache"))
    .replaceAll("${APP_UPSTREAM}", `127.0.0.1:${appPort}`)
    .replaceAll("${NGINX_PORT}", `127.0.0.1:${port}`);
  const conf = `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${site}
  # The control: the same bytes as each cached response, served by nginx from a file
  # (gzip_static: a .gz file sent as it is, with Content-Encoding: gzip).
  server {
    listen 127.0.0.1:${staticPort};
    root ${dir}/static;
    location /copies/ { gzip_static always; gunzip off; }
  }
}
`;
  await writeFile(path.join(dir, "nginx.conf"), conf);
  const nginx = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  nginx.stderr.on("data", (chunk) => (output += chunk));
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${staticPort}/robots.txt`)).ok) break;
    } catch {}
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${output}`);
    await sleep(100);
  }
  let copies = 0;
  return {
    base: `http://127.0.0.1:${port}`,
    staticBase: `http://127.0.0.1:${staticPort}`,
    /**
     * Serves, as a static file, exactly the body nginx's cache answers `route` with (gzip, as
     * readers' browsers ask for it); returns its URL.
     */
    async staticCopy(route) {
      const response = await fetch(`http://127.0.0.1:${port}${route}`, { method: "HEAD", headers: { "Accept-Encoding": "gzip" } });
      const type = String(response.headers.get("content-type") ?? "");
      const extension = type.includes("html") ? "html" : type.includes("json") ? "json" : "xml";
      const body = Buffer.from(await rawBody(`http://127.0.0.1:${port}${route}`));
      const name = `/copies/${copies++}.${extension}`;
      await mkdir(path.join(dir, "static", "copies"), { recursive: true });
      await writeFile(path.join(dir, "static", `${name}.gz`), body);
      return `http://127.0.0.1:${staticPort}${name}`;
    },
    stop: async () => {
      const exited = new Promise((resolve) => nginx.once("exit", resolve));
      nginx.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
