// The page cache handler of several processes (lib/cache/page-cache-handler.cjs) against a
// redis-server of the test's own: a page read once is served from the process's memory, but
// only while Redis says none of its tags expired since it was rendered — an expiry written by
// another process, or a Redis that went away, makes the next read miss.
import { createRequire } from "node:module";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startRedisServer, type RedisServer } from "../support/redis-server";

let redis: RedisServer;
let tagTimesKey = "";
let Handler: new (ctx: object) => {
  get: (key: string, ctx: object) => Promise<{ lastModified: number; value: { html: string } } | null>;
  set: (key: string, data: object, ctx: object) => Promise<void>;
  revalidateTag: (tags: string | string[]) => Promise<void>;
};

const KEY = "/route-cache/APP_PAGE/test/$/zh-CN/strategies/A";
const GET = { kind: "APP_PAGE", isRoutePPREnabled: true, isFallback: false };
const page = (html: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": "_N_T_/zh-CN/strategies/A,public-plan" },
  status: 200,
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  redis = await startRedisServer();
  process.env.REDIS_URL = redis.url;
  process.env.REDIS_KEY_PREFIX = "page-cache-test";
  const require = createRequire(import.meta.url);
  Handler = require("../../lib/cache/page-cache-handler.cjs");
  tagTimesKey = `${require("../../lib/cache/redis-options.cjs").redisOptions().keyPrefix}__page_tag_expiry__`;
});

afterAll(async () => {
  // The cache library's clients have no close: once Redis is stopped they reconnect and log an
  // error each time until the worker exits, and a log still on its way to the runner when the
  // worker closes fails the run ("Closing rpc while onUserConsoleLog was pending"). Nothing this
  // file asserts is logged after its tests.
  for (const method of ["error", "warn", "log", "info"] as const) vi.spyOn(console, method).mockImplementation(() => undefined);
  await redis?.stop();
});

describe("the page cache handler", () => {
  it("serves a page it has read from memory, until another process expires one of its tags", async () => {
    const handler = new Handler({});
    await handler.set(KEY, page("<p>v1</p>"), { isRoutePPREnabled: true, isFallback: false, cacheControl: { revalidate: 3600, expire: 86_400 } });
    const first = await handler.get(KEY, GET);
    expect(first?.value.html).toBe("<p>v1</p>");
    // The same object again: read from memory, not parsed again from Redis.
    expect(await new Handler({}).get(KEY, GET)).toBe(first);

    // Another process's approval: it writes the tag's expiry time to Redis (revalidateTag).
    const other = createClient({ url: redis.url });
    await other.connect();
    await other.hSet(tagTimesKey, "public-plan", String(Date.now() + 1));
    await other.quit();
    await wait(5);
    expect(await handler.get(KEY, GET)).toBeNull();

    // Rendered again after the expiry: served, and kept again.
    await handler.set(KEY, page("<p>v2</p>"), { isRoutePPREnabled: true, isFallback: false, cacheControl: { revalidate: 3600, expire: 86_400 } });
    const second = await handler.get(KEY, GET);
    expect(second?.value.html).toBe("<p>v2</p>");
    expect(await handler.get(KEY, GET)).toBe(second);
  });

  it("an expiry in this process drops the copy at once", async () => {
    const handler = new Handler({});
    await handler.set(KEY, page("<p>v3</p>"), { isRoutePPREnabled: true, isFallback: false, cacheControl: { revalidate: 3600, expire: 86_400 } });
    expect((await handler.get(KEY, GET))?.value.html).toBe("<p>v3</p>");
    await handler.revalidateTag(["public-plan"]);
    expect(await handler.get(KEY, GET)).toBeNull();
  });

  it("serves nothing from memory while Redis is away, and forgets its copies", async () => {
    const handler = new Handler({});
    await handler.set(KEY, page("<p>v4</p>"), { isRoutePPREnabled: true, isFallback: false, cacheControl: { revalidate: 3600, expire: 86_400 } });
    const kept = await handler.get(KEY, GET);
    expect(kept?.value.html).toBe("<p>v4</p>");
    expect(await handler.get(KEY, GET)).toBe(kept);
    await redis.stop();
    try {
      expect(await handler.get(KEY, GET)).toBeNull();
    } finally {
      await redis.start();
    }
    // Tag times written meanwhile may be lost (a restarted Redis starts empty): the copy kept
    // before is gone, and for a while nothing is kept (the shared handler answers as before).
    await wait(1_500);
    const after = await handler.get(KEY, GET);
    expect(after).not.toBe(kept);
    expect(await handler.get(KEY, GET)).not.toBe(after ?? kept);
  });
});
