import { describe, expect, it } from "vitest";
import { productionEnvProblems } from "./runtime-env";

const SECRET = "x".repeat(32);
const ok = { NODE_ENV: "production", DATABASE_URL: "postgresql://a@127.0.0.1/b", AUTH_SECRET: SECRET, AUTH_URL: "https://ghjc.example.gov.cn" };

describe("productionEnvProblems", () => {
  it("accepts a complete production environment", () => {
    expect(productionEnvProblems(ok)).toEqual([]);
  });
  it("requires AUTH_SECRET and AUTH_URL in production on a configured database", () => {
    const problems = productionEnvProblems({ ...ok, AUTH_SECRET: undefined, AUTH_URL: undefined });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("AUTH_SECRET");
    expect(problems[1]).toContain("AUTH_URL");
  });
  it("refuses a short secret and an address that is no http(s) URL", () => {
    expect(productionEnvProblems({ ...ok, AUTH_SECRET: "short" })[0]).toContain("AUTH_SECRET");
    expect(productionEnvProblems({ ...ok, AUTH_URL: "ghjc.example.gov.cn" })[0]).toContain("AUTH_URL");
    expect(productionEnvProblems({ ...ok, AUTH_URL: "ftp://x" })[0]).toContain("AUTH_URL");
  });
  it("asks nothing of the embedded database or outside production", () => {
    expect(productionEnvProblems({ NODE_ENV: "production", LIUSHI_EMBEDDED: "1" })).toEqual([]);
    expect(productionEnvProblems({ NODE_ENV: "development" })).toEqual([]);
  });
});
