// Integration tests: one fresh, migrated database for the run, holding the seed prediction as the
// app's start would (prisma/seed.mjs: with its first indicator's three metrics), dropped at the end.
import type { TestProject } from "vitest/node";
import { seed, withClient } from "../../prisma/seed.mjs";
import { createTestDatabase, startTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const database = await createTestDatabase(server.adminUrl, { label: "vitest" });
  await withClient(database.url, seed);
  project.provide("databaseUrl", database.url);
  project.provide("adminDatabaseUrl", server.adminUrl);
  return async () => {
    await database.drop();
    await server.stop();
  };
}
