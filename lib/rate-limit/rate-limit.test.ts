import { describe, expect, it } from "vitest";
import { takeRate } from "./limit";
import { RATE_RULES, retryMessage, ruleFor, tooManyRequests } from "./rules";
import { memoryStore } from "./store";

describe("ruleFor", () => {
  const get = (pathname: string, search = "") => ruleFor({ method: "GET", pathname, search, isAction: false });
  it("limits search with a query, the open-data API, sign-in and other actions", () => {
    expect(get("/measures", "?q=道路")?.name).toBe("search");
    expect(get("/en/measures", "?status=LAGGING")?.name).toBe("search");
    expect(get("/api/v1/measures.csv")?.name).toBe("open-data");
    expect(ruleFor({ method: "POST", pathname: "/login", search: "", isAction: true })?.name).toBe("action");
    expect(ruleFor({ method: "POST", pathname: "/console/measures/3", search: "", isAction: true })?.name).toBe("action");
  });
  it("leaves cached pages alone", () => {
    expect(get("/")).toBeNull();
    expect(get("/measures")).toBeNull();
    expect(get("/measures/A1-02")).toBeNull();
    expect(get("/strategies/A", "?x=1")).toBeNull();
  });
});

describe("takeRate", () => {
  it("allows up to the limit in a window, then answers when to retry, then allows again", async () => {
    let t = 0;
    const store = memoryStore(() => t);
    const rule = RATE_RULES.search;
    for (let i = 0; i < rule.limit; i++) expect(await takeRate(rule, "198.51.100.7", store)).toEqual({ allowed: true });
    expect(await takeRate(rule, "198.51.100.7", store)).toEqual({ allowed: false, retryAfterSeconds: rule.windowSeconds });
    expect(await takeRate(rule, "198.51.100.8", store)).toEqual({ allowed: true }); // another client
    t = 4_000;
    expect(await takeRate(rule, "198.51.100.7", store)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    t = rule.windowSeconds * 1000;
    expect(await takeRate(rule, "198.51.100.7", store)).toEqual({ allowed: true });
  });
  it("lets requests through when the store cannot count (Redis down)", async () => {
    expect(await takeRate(RATE_RULES.login, "x", { hit: async () => null })).toEqual({ allowed: true });
  });
});

describe("retryMessage", () => {
  it("says the wait in seconds, past a minute and a half in whole minutes", () => {
    expect(retryMessage(RATE_RULES.login, 59.2)).toBe("登录尝试过于频繁，请 60 秒后再试。");
    expect(retryMessage(RATE_RULES.upload, 90)).toBe("上传过于频繁，请 90 秒后再试。");
    expect(retryMessage(RATE_RULES.upload, 537)).toBe("上传过于频繁，请 9 分钟后再试。");
    expect(retryMessage(RATE_RULES.search, 0)).toBe("搜索过于频繁，请 1 秒后再试。");
  });
});

describe("tooManyRequests", () => {
  it("answers 429 with Retry-After and a Chinese sentence", async () => {
    const response = tooManyRequests(RATE_RULES.search, 6.2);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.text()).toContain("搜索过于频繁，请 7 秒后再试。");
  });
});
