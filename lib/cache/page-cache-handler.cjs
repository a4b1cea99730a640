// Next.js's page cache (`cacheHandler`: rendered public pages and their tags) in Redis, shared by
// every app process, so that an approval on one process expires the page on all of them.
// next.config.ts sets it only when REDIS_URL is set; without it Next.js's own cache serves.
//
// Each process also keeps the pages it has read ready in its memory (lib/cache/page-copies.cjs):
// a read through the shared handler costs milliseconds of CPU per request (it copies, parses and
// prints the whole entry for its debug log even when that log is off), which held one process
// to 80–200 pages/s. A copy is served only after one small Redis read — the expiry times of the
// page's tags — shows that none expired since the page was rendered; every expiry (an approval,
// an edit: revalidateTag) writes those times before anything else. Without Redis there are no
// copies and pages render per request, as before. docs/decisions/011-page-copies-in-each-process.md.
const RedisCacheHandler = require("@trieb.work/nextjs-turbo-redis-cache").default;
const { createClient } = require("redis");
const { PageCopies, isCurrent } = require("./page-copies.cjs");
const { redisOptions } = require("./redis-options.cjs");

// As much as Next.js's own in-memory page cache takes by default (cacheMaxMemorySize is 0 here).
const COPIES_MAX_BYTES = 50 * 1024 * 1024;
// A safety net: the tag times decide whether a copy is current; it is read again at least this often.
const COPIES_MAX_AGE_MS = 60_000;
// As long as the shared handler waits for its own reads (REDIS_COMMAND_TIMEOUT_MS, 500 ms).
const TAG_READ_TIMEOUT_MS = 500;
// After the connection drops, keep nothing for a while: the shared handler's own in-memory
// copies (inMemoryCachingTime, 10 s) may still hold pages read before, which the tag times of a
// restarted, empty Redis could not contradict.
const QUIET_AFTER_DROP_MS = 15_000;

// One per process: Next.js constructs a cache handler for every request.
let shared = null;

function sharedState(serverDistDir) {
  if (shared) return shared;
  const options = redisOptions(serverDistDir);
  const state = {
    options,
    copies: new PageCopies({ maxBytes: COPIES_MAX_BYTES, maxAgeMs: COPIES_MAX_AGE_MS }),
    generation: 0,
    quietUntil: 0,
    tagTimesKey: `${options.keyPrefix}__page_tag_expiry__`,
    client: null,
  };
  // Tag times written while this process could not see Redis, or lost with it (a restarted Redis
  // may start empty), would go unnoticed: forget every copy whenever the connection drops.
  const forget = () => {
    state.generation++;
    state.quietUntil = Date.now() + QUIET_AFTER_DROP_MS;
    state.copies.clear();
  };
  // `next build` loads this file too; it must not connect.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    state.client = createClient({ url: options.redisUrl, database: options.database, disableOfflineQueue: true, pingInterval: 10_000 });
    state.client.on("error", forget).on("end", forget).on("reconnecting", forget);
    state.client.connect().catch(forget);
  }
  shared = state;
  return state;
}

module.exports = class LiushiPageCacheHandler extends RedisCacheHandler {
  constructor(ctx) {
    const state = sharedState(ctx.serverDistDir);
    super({ ...ctx, ...state.options });
    this.state = state;
  }

  async get(key, ctx) {
    const { copies, generation } = this.state;
    const copy = copies.get(key);
    if (copy && (await this.isCurrent(copy))) return copy;
    const entry = await super.get(key, ctx);
    if (entry?.value?.kind !== "APP_PAGE") return entry;
    if (!(await this.isCurrent(entry))) {
      copies.delete(key);
      return null; // rendered before one of its tags expired: render again
    }
    if (generation === this.state.generation && Date.now() > this.state.quietUntil) copies.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    this.state.copies.delete(key);
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, ...rest) {
    const list = [tags].flat().filter(Boolean);
    const { client, copies, tagTimesKey } = this.state;
    copies.deleteTagged(list);
    if (list.length > 0 && client?.isReady) {
      const now = Date.now();
      await client.hSet(tagTimesKey, Object.fromEntries(list.map((tag) => [tag, now]))).catch((error) => console.error("页面缓存：无法记录标签失效时间", error));
    }
    return super.revalidateTag(tags, ...rest);
  }

  /** One HMGET of the entry's tags; false when Redis cannot answer (then nothing is served from memory). */
  async isCurrent(entry) {
    const tags = entry.tags ?? [];
    if (tags.length === 0) return true;
    const { client, tagTimesKey } = this.state;
    if (!client?.isReady) return false;
    let timer;
    try {
      // A timer, not an AbortSignal: node-redis 4.7 corrupts its command queue when a signal fires
      // after the connection dropped (seen here: "Cannot read properties of undefined (reading 'reject')").
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), TAG_READ_TIMEOUT_MS);
      });
      const times = await Promise.race([client.hmGet(tagTimesKey, tags), timeout]);
      return isCurrent(entry, times);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
};
