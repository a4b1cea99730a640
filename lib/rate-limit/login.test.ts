import { describe, expect, it } from "vitest";
import { accountKey, takeLoginRate } from "./login";
import { RATE_RULES } from "./rules";
import { memoryStore } from "./store";

const OFFICE = "203.0.113.9"; // a town hall's one public address

describe("takeLoginRate", () => {
  it("lets thirty staff behind one address sign in at nine (it used to refuse the 21st)", async () => {
    const store = memoryStore(() => 0);
    for (let i = 0; i < 30; i++) expect(await takeLoginRate(OFFICE, `staff${i}`, store), `staff${i}`).toEqual({ allowed: true });
  });

  it("slows one account name retrying from one address, and says when to try again", async () => {
    let t = 0;
    const store = memoryStore(() => t);
    const limit = RATE_RULES["login-account"].limit;
    for (let i = 0; i < limit; i++) expect(await takeLoginRate(OFFICE, "jiaoyu", store)).toEqual({ allowed: true });
    expect(await takeLoginRate(OFFICE, " JiaoYu ", store)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await takeLoginRate(OFFICE, "wenhua", store)).toEqual({ allowed: true }); // a colleague
    expect(await takeLoginRate("198.51.100.7", "jiaoyu", store)).toEqual({ allowed: true }); // from elsewhere
    t = 45_000;
    expect(await takeLoginRate(OFFICE, "jiaoyu", store)).toEqual({ allowed: false, retryAfterSeconds: 15 });
  });

  it("bounds one address trying many account names", async () => {
    const store = memoryStore(() => 0);
    const limit = RATE_RULES.login.limit;
    for (let i = 0; i < limit; i++) expect(await takeLoginRate(OFFICE, `guess${i}`, store)).toEqual({ allowed: true });
    expect(await takeLoginRate(OFFICE, "another", store)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it("counts a name that is not text as the empty name", () => {
    expect(accountKey(null)).toBe("");
    expect(accountKey({ toString: () => "x" })).toBe("");
    expect(accountKey("x".repeat(200))).toHaveLength(64);
  });
});
