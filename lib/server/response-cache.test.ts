import { afterEach, describe, expect, it } from "vitest";
import { cachedBytes, cachedCount, clearResponseCache, MAX_BYTES, encodingOf, getCached, putCached, replayHeaders, requestKey, storable, TTL_MS } from "./response-cache";

afterEach(clearResponseCache);

describe("requestKey", () => {
  it("keys public GET pages by encoding and path", () => {
    expect(requestKey("GET", "/", { "accept-encoding": "gzip, deflate, br" })).toBe("gzip /");
    expect(requestKey("GET", "/en/strategies/A", {})).toBe("identity /en/strategies/A");
  });
  it("leaves out everything that is not a plain public page", () => {
    for (const url of ["/console", "/console/dashboard", "/api/v1/measures", "/login", "/_next/static/x.js", "/measures?q=1", "/?x"]) {
      expect(requestKey("GET", url, {}), url).toBeNull();
    }
    expect(requestKey("POST", "/", {})).toBeNull();
    expect(requestKey("HEAD", "/", {})).toBeNull();
    expect(requestKey("GET", "/strategies/A", { rsc: "1" })).toBeNull();
    expect(requestKey("GET", "/strategies/A", { "next-router-prefetch": "1" })).toBeNull();
    expect(requestKey("GET", "/strategies/A", { "next-action": "abc" })).toBeNull();
    expect(requestKey("GET", undefined, {})).toBeNull();
    expect(requestKey("GET", "http://evil/", {})).toBeNull();
  });
  it("does not mistake a path that merely starts like a private one", () => {
    expect(requestKey("GET", "/consoles", {})).toBe("identity /consoles");
    expect(requestKey("GET", "/apis", {})).toBe("identity /apis");
  });
});

describe("encodingOf", () => {
  it("is gzip only when the client says so", () => {
    expect(encodingOf({ "accept-encoding": "GZIP" })).toBe("gzip");
    expect(encodingOf({ "accept-encoding": "br" })).toBe("identity");
    expect(encodingOf({})).toBe("identity");
  });
});

describe("storable", () => {
  const hit = { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=3600, stale-while-revalidate=82800" };
  it("keeps pages Next.js served from its prerender cache", () => {
    expect(storable(200, hit)).toBe(true);
  });
  it("keeps nothing rendered on the spot, failed, personal or stale", () => {
    expect(storable(404, hit)).toBe(false);
    expect(storable(200, { ...hit, "x-nextjs-cache": "MISS" })).toBe(false);
    expect(storable(200, { ...hit, "x-nextjs-cache": "STALE" })).toBe(false);
    expect(storable(200, { "cache-control": "s-maxage=3600" })).toBe(false);
    expect(storable(200, { ...hit, "set-cookie": ["a=1"] })).toBe(false);
    expect(storable(200, { ...hit, "cache-control": "private, no-store" })).toBe(false);
  });
});

describe("the store", () => {
  it("replays the body with its own length, without per-connection headers", () => {
    const body = Buffer.from("<html>柳市</html>");
    const headers = replayHeaders({ "content-type": "text/html", connection: "keep-alive", date: "x", "transfer-encoding": "chunked", "content-length": 1 }, body);
    expect(headers).toEqual({ "content-type": "text/html", "content-length": body.length });
  });
  it("expires entries after the TTL and forgets everything on clear", () => {
    putCached("gzip /", { "content-type": "text/html" }, Buffer.from("a"), 1_000);
    expect(getCached("gzip /", 1_000 + TTL_MS - 1)?.body.toString()).toBe("a");
    expect(getCached("gzip /", 1_000 + TTL_MS)).toBeNull();
    putCached("gzip /", {}, Buffer.from("b"));
    putCached("identity /", {}, Buffer.from("c"));
    expect(cachedCount()).toBe(2);
    clearResponseCache();
    expect(getCached("gzip /")).toBeNull();
    expect(cachedCount()).toBe(0);
  });
  it("stays within its memory bound, dropping the oldest entries first", () => {
    const body = Buffer.alloc(MAX_BYTES / 32);
    for (let i = 0; i < 40; i++) putCached(`gzip /p${i}`, {}, body);
    expect(cachedBytes()).toBeLessThanOrEqual(MAX_BYTES);
    expect(cachedCount()).toBe(32);
    expect(getCached("gzip /p0")).toBeNull();
    expect(getCached("gzip /p39")).not.toBeNull();
    putCached("gzip /p39", {}, Buffer.from("x"));
    expect(cachedBytes()).toBe(31 * body.length + 1);
    putCached("gzip /huge", {}, Buffer.alloc(MAX_BYTES / 8));
    expect(getCached("gzip /huge")).toBeNull();
  });
});
