// npm test: every check and test, in order of cost: the format (Prettier), lint (ESLint) and type
// checks, unit and integration tests (Vitest, on a fresh PostgreSQL database), then the production
// build, then browser tests (Playwright) against it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

run("Format", "npx", ["prettier", "--check", "."]);
run("Lint", "npx", ["eslint", ".", "--max-warnings", "0"]);
run("Type check", "npx", ["tsc", "--noEmit"]);
run("Unit and integration tests", "npx", ["vitest", "run"]);
run("Production build", "npx", ["next", "build"]);
if (!existsSync("/usr/bin/chromium")) {
  // Without Debian's chromium, use Playwright's own (downloaded once, then a no-op).
  run("Browser for end-to-end tests", "npx", ["playwright", "install", "chromium"]);
}
run("End-to-end tests", "npx", ["playwright", "test"]);
console.log("\n✓ All tests passed");
