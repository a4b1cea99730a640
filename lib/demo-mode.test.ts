import { describe, expect, it } from "vitest";
import { isDemoMode } from "./demo-mode";

describe("isDemoMode", () => {
  it("is on for the embedded default (no DATABASE_URL) and off for a configured database", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ DATABASE_URL: "postgresql://x@127.0.0.1/db" })).toBe(false);
  });
  it("follows LIUSHI_DEMO when it is set, either way", () => {
    expect(isDemoMode({ DATABASE_URL: "postgresql://x@127.0.0.1/db", LIUSHI_DEMO: "1" })).toBe(true);
    expect(isDemoMode({ DATABASE_URL: "postgresql://x@127.0.0.1/db", LIUSHI_DEMO: "true" })).toBe(true);
    expect(isDemoMode({ LIUSHI_DEMO: "0" })).toBe(false);
    expect(isDemoMode({ LIUSHI_DEMO: "false" })).toBe(false);
  });
  it("treats an empty or unknown flag as unset", () => {
    expect(isDemoMode({ DATABASE_URL: "postgresql://x@127.0.0.1/db", LIUSHI_DEMO: "" })).toBe(false);
    expect(isDemoMode({ LIUSHI_DEMO: "maybe" })).toBe(true);
  });
});
