// The pages one app process has read from the shared page cache, kept ready in its memory
// (lib/cache/page-cache-handler.cjs; docs/decisions/011-page-copies-in-each-process.md). A copy
// is only ever served after the shared tag times (Redis) say none of its tags changed since it
// was rendered; this module holds the copies and that rule, not the Redis part.

/** Roughly what an entry holds in memory: its HTML, RSC payload and prefetch segments. */
function entrySize(entry) {
  const value = entry.value ?? {};
  let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
  if (value.segmentData instanceof Map) for (const [path, data] of value.segmentData) size += path.length + (data?.length ?? 0);
  return Math.max(size, 1);
}

/**
 * Whether an entry is still current: no tag of it was expired after it was rendered.
 * `expiredAt` holds, per tag, the last time (ms) an approval or edit expired it (null: never).
 */
function isCurrent(entry, expiredAt) {
  return expiredAt.every((time) => time === null || Number(time) <= entry.lastModified);
}

/** Least recently used copies go first once `maxBytes` is exceeded. */
class PageCopies {
  constructor({ maxBytes, maxAgeMs, now = Date.now }) {
    this.maxBytes = maxBytes;
    this.maxAgeMs = maxAgeMs;
    this.now = now;
    this.copies = new Map(); // key → { entry, size, keptAt }; Map order = least recently used first
    this.bytes = 0;
  }

  /** The copy of `key`, or undefined; a copy older than `maxAgeMs` is read again from Redis. */
  get(key) {
    const copy = this.copies.get(key);
    if (!copy) return undefined;
    this.copies.delete(key);
    if (this.now() - copy.keptAt > this.maxAgeMs) {
      this.bytes -= copy.size;
      return undefined;
    }
    this.copies.set(key, copy);
    return copy.entry;
  }

  set(key, entry) {
    this.delete(key);
    const size = entrySize(entry);
    if (size > this.maxBytes) return;
    this.copies.set(key, { entry, size, keptAt: this.now() });
    this.bytes += size;
    for (const [oldest, copy] of this.copies) {
      if (this.bytes <= this.maxBytes) break;
      this.copies.delete(oldest);
      this.bytes -= copy.size;
    }
  }

  delete(key) {
    const copy = this.copies.get(key);
    if (!copy) return;
    this.copies.delete(key);
    this.bytes -= copy.size;
  }

  /** Drops every copy carrying one of `tags` (an approval in this process). */
  deleteTagged(tags) {
    for (const [key, copy] of this.copies) if (copy.entry.tags?.some((tag) => tags.includes(tag))) this.delete(key);
  }

  clear() {
    this.copies.clear();
    this.bytes = 0;
  }
}

module.exports = { PageCopies, isCurrent, entrySize };
