// Options shared by both Next.js cache handlers when REDIS_URL is set: every app process of one
// deployment reads and writes the same entries and tag expirations in Redis.
// docs/decisions/006-standard-runtime.md explains the choice of @trieb.work/nextjs-turbo-redis-cache.
const { readFileSync } = require("node:fs");
const path = require("node:path");

/** The build id: processes of one build share entries; a new build starts from an empty cache. */
function buildId(serverDistDir) {
  const file = serverDistDir
    ? path.join(serverDistDir, "..", "BUILD_ID")
    : path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "dev";
  }
}

function redisOptions(serverDistDir) {
  const url = new URL(process.env.REDIS_URL);
  const database = Number(url.pathname.replace(/^\//, "") || 0);
  return {
    redisUrl: process.env.REDIS_URL,
    database: Number.isInteger(database) ? database : 0,
    keyPrefix: `${process.env.REDIS_KEY_PREFIX || "liushi"}:${buildId(serverDistDir)}:`,
    // No copies kept by the package (its request deduplication keeps each read for 10 s): after a
    // Redis restart they were served again, though an approval made during the outage had changed
    // them (4.4 s stale in a CI run of tests/e2e/cluster.spec.ts). Pages are kept by
    // lib/cache/page-copies.cjs, which checks the tags' times and forgets everything when the
    // connection drops (decision 011). (Its other knob, inMemoryCachingTime: 0, makes the package
    // drop each kept read at once with an un-awaited Redis publish: an unhandled rejection while
    // Redis is down.)
    redisGetDeduplication: false,
  };
}

// Keyspace notifications (notify-keyspace-events Exe) only let the handler forget expired keys
// sooner; a Redis without them (a shared one we may not reconfigure) still serves correctly.
process.env.SKIP_KEYSPACE_CONFIG_CHECK ??= "true";

module.exports = { redisOptions };
