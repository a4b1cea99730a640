// Next.js's page cache (`cacheHandler`: rendered public pages and their tags) in Redis, shared by
// every app process, so that an approval on one process expires the page on all of them.
// next.config.ts sets it only when REDIS_URL is set; without it Next.js's own cache serves.
const RedisCacheHandler = require("@trieb.work/nextjs-turbo-redis-cache").default;
const { redisOptions } = require("./redis-options.cjs");

module.exports = class LiushiPageCacheHandler extends RedisCacheHandler {
  constructor(ctx) {
    super({ ...ctx, ...redisOptions(ctx.serverDistDir) });
  }
};
