// Next.js's data cache for 'use cache' (`cacheHandlers.default`) in Redis, shared by every app
// process. next.config.ts sets it only when REDIS_URL is set.
const { getRedisCacheComponentsHandler } = require("@trieb.work/nextjs-turbo-redis-cache");
const { redisOptions } = require("./redis-options.cjs");

module.exports = getRedisCacheComponentsHandler(redisOptions());
