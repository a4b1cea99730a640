// Runs in each integration worker before its tests: points the app's data layer at the run's
// test database and stands in for the request-scoped parts of Next.js (session, headers,
// cache invalidation), which do not exist outside a request. The database is never mocked.
import os from "node:os";
import path from "node:path";
import { inject, vi } from "vitest";
import { testSession } from "./session";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = "4";
// The test database is seeded in demo mode (demo accounts); tests of production mode unset it.
process.env.LIUSHI_DEMO = "1";
process.env.LIUSHI_UPLOAD_DIR = path.join(os.tmpdir(), `liushi-uploads-${process.pid}`);

vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => testSession.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));
vi.mock("next/cache", () => ({
  updateTag: (tag: string) => testSession.invalidatedTags.push(tag),
  refresh: () => undefined,
  revalidatePath: () => undefined,
  // Outside Next.js, 'use cache' is an inert string: every call reaches the database, which is
  // what the query-counting tests want to see.
  cacheTag: () => undefined,
  cacheLife: () => undefined,
}));
