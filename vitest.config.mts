import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `import "server-only"` guards modules from client bundles; in tests it is a no-op.
  "server-only": path.resolve(import.meta.dirname, "tests/support/stubs/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // next-auth imports "next/server" without an extension, which Node's ESM loader refuses;
          // bundled by Vite it resolves, so tests/integration/sessions.test.ts can call lib/auth/auth.ts.
          server: { deps: { inline: ["next-auth"] } },
          globalSetup: ["tests/support/vitest-global-setup.ts"],
          setupFiles: ["tests/support/vitest-setup.ts"],
          // The files share one database; running them one after another keeps counts predictable.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
