// What an anonymous reader can send to any route, of any size (issue 9, findings 1, 2, 5 and 6):
// each answer is a 4xx with a reason, quick, and leaves the server's memory and other readers alone.
import { readFileSync } from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { sendChunked } from "../../scripts/lib/http-client.mjs";
import { actionId } from "./support";

const port = () => Number(new URL(test.info().project.use.baseURL!).port);

/** The app server's resident memory, in MiB. */
function serverRssMiB() {
  const status = readFileSync(`/proc/${process.env.E2E_APP_PID}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

test("a server action claiming a list of 4294967295 items answers at once, and the server stays responsive", async ({
  request,
  baseURL,
}) => {
  const body = new FormData();
  body.append("_1_x.0", "a");
  body.append("_1_x.length", "4294967295");
  body.append("0", JSON.stringify([null, "$K1"]));
  const attack = fetch(`${baseURL}/login`, {
    method: "POST",
    headers: { "Next-Action": actionId("login"), Accept: "text/x-component" },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const health = await request.get("/api/health", { timeout: 5_000 });
  expect(health.status()).toBe(200);
  const response = await attack; // before the fix: a minute of a blocked event loop, then a timeout
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("Enter your email address.");
});

for (const [label, path, headers, method] of [
  ["Auth.js's sign-in endpoint", "/api/auth/callback/credentials", { "Content-Type": "application/x-www-form-urlencoded" }, "POST"],
  ["a server action", "/login", { "Next-Action": "0".repeat(42), "Content-Type": "text/plain" }, "POST"],
  ["a public page", "/methodology", {}, "GET"],
] as const) {
  test(`a chunked body without a length is cut off at 1 MiB: ${label}`, async () => {
    const before = serverRssMiB();
    const answer = await sendChunked(`http://127.0.0.1:${port()}${path}`, 256, { headers, method });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toContain("Request body too large: at most 1 MiB");
    expect(answer.sentMiB, "the answer comes as soon as the limit is passed").toBeLessThan(64);
    expect(serverRssMiB() - before, "memory stays flat").toBeLessThan(40);
  });
}

test("a declared Content-Length over 1 MiB is refused before its body is read", async ({ baseURL }) => {
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.request(
      `${baseURL}/api/auth/callback/credentials`,
      { method: "POST", headers: { "Content-Length": String(300 * 1024 * 1024) } },
      resolve,
    );
    request.on("error", reject);
    request.write("email=a");
  });
  expect(response.statusCode).toBe(413);
  response.destroy();
});

test("methods an address has no use for get 405 with Allow, never a 500", async ({ request }) => {
  const logBefore = readFileSync("test-results/e2e-server.log", "utf8").length;
  const publicAllow = "GET, HEAD, OPTIONS";
  const cases: [string, string, string][] = [
    ["/", "TRACE", publicAllow],
    ["/feed.xml", "TRACE", publicAllow],
    ["/api/v1/indicators", "TRACE", publicAllow],
    ["/methodology", "PUT", publicAllow],
    ["/", "POST", publicAllow],
    ["/", "DELETE", publicAllow],
    ["/indicators/anything", "PATCH", publicAllow],
    ["/nope", "PROPFIND", publicAllow],
    ["/admin", "TRACE", "GET, HEAD, POST"],
    ["/login", "DELETE", "GET, HEAD, POST"],
    ["/api/auth/session", "PUT", "GET, HEAD, POST"],
  ];
  for (const [path, method, allow] of cases) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers()["allow"], `${method} ${path}`).toBe(allow);
    expect((await response.json()).error.message).toContain(`The method ${method} is not allowed here`);
  }
  const options = await request.fetch("/methodology", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe(publicAllow);
  const preflight = await request.fetch("/api/v1/indicators", { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  // Nothing of this reached the server's error log.
  const log = readFileSync("test-results/e2e-server.log", "utf8").slice(logBefore);
  expect(log).not.toMatch(/TRACE|PROPFIND|^\s+at /m);
});

test("every HTML answer carries the Content-Security-Policy, 404s under look-alike paths included", async ({ request }) => {
  for (const path of [
    "/",
    "/methodology",
    "/adminfoo",
    "/login-help",
    "/administrator/x",
    "/no/such/page",
    "/indicators/no-such-indicator",
    "/login",
    "/admin",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() >= 300 && response.status() < 400) continue;
    expect(response.headers()["content-type"], path).toContain("text/html");
    expect(response.headers()["content-security-policy"], path).toContain("default-src 'self'");
  }
});

test("the API refuses unknown parameters and numbers not written in digits, with a reason", async ({ request }) => {
  for (const [query, reason] of [
    ["__proto__=1", "Unknown parameter “__proto__”"],
    ["constructor=1", "Unknown parameter “constructor”"],
    ["limit=0x10", "“limit” must be a whole number written in digits"],
    ["limit=1e2", "“limit” must be a whole number written in digits"],
    ["limit=%2B5", "“limit” must be a whole number written in digits"],
    ["limit=%205", "“limit” must be a whole number written in digits"],
    ["limit=0", "“limit” must be at least 1"],
  ]) {
    const response = await request.get(`/api/v1/status-changes?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).error.message, query).toContain(reason);
  }
  expect((await request.get("/api/v1/status-changes?limit=5")).status()).toBe(200);
});
