// Configuration for the Prisma CLI. This project only uses `prisma generate` (run on install by
// scripts/postinstall.mjs); migrations are plain SQL files applied by scripts/migrate.mjs, because
// the CLI's schema engine cannot be downloaded on our build machines. A deployer with the normal
// Prisma toolchain can still run `prisma migrate deploy` against the same database.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/followthrough" },
});
