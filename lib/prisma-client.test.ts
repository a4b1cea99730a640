import { describe, expect, it } from "vitest";
import { poolOptions } from "./prisma-client";

describe("the database pool", () => {
  it("keeps idle PostgreSQL connections 5 minutes, the embedded database's 10 s", () => {
    expect(poolOptions({ NODE_ENV: "production" })).toEqual({ max: 10, idleTimeoutMillis: 300_000 });
    expect(poolOptions({ NODE_ENV: "production", LIUSHI_EMBEDDED: "1", DATABASE_POOL_SIZE: "1" })).toEqual({ max: 1, idleTimeoutMillis: 10_000 });
  });

  it("takes the size and idle time the environment sets", () => {
    expect(poolOptions({ NODE_ENV: "production", DATABASE_POOL_SIZE: "4", DATABASE_POOL_IDLE_MS: "60000" })).toEqual({ max: 4, idleTimeoutMillis: 60_000 });
  });
});
