import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await createTestDatabase();
  console.log(`[integration] ${db.kind} test database ready`);
  project.provide("databaseUrl", db.url);
  return async () => db.drop();
}
