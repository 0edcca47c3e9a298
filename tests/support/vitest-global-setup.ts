// Integration tests: one fresh, migrated database for the run, dropped at the end.
import type { TestProject } from "vitest/node";
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
  project.provide("databaseUrl", database.url);
  project.provide("adminDatabaseUrl", server.adminUrl);
  return async () => {
    await database.drop();
    await server.stop();
  };
}
