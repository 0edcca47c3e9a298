import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { NODE_FLAGS } from "@/scripts/lib/app-server.mjs";

// The server runs with the same V8 settings however it is started: `npm start`, the Docker image,
// and the tests' and benchmark's own servers (scripts/lib/app-server.mjs).
test("npm start, the Docker image and the test servers use the same V8 settings", () => {
  const start = JSON.parse(readFileSync("package.json", "utf8")).scripts.start as string;
  expect(start).toBe(["node", ...NODE_FLAGS, "server/start.mjs"].join(" "));
  const cmd = /^CMD (\[.*\])$/m.exec(readFileSync("Dockerfile", "utf8"))?.[1];
  expect(JSON.parse(cmd!)).toEqual(["node", ...NODE_FLAGS, "server/start.mjs"]);
  expect(NODE_FLAGS).toContain("--v8-pool-size=1");
});
