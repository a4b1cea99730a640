// An in-process cache of whole responses for the prerendered public pages, in front of Next.js.
//
// Next.js serves a prerendered page from its cache, but still spends about a millisecond of CPU
// per request on routing and, for browsers, gzip-compresses the page again every time. This
// keeps the finished bytes (per encoding) of responses that Next.js itself answered from its
// prerender cache ("x-nextjs-cache: HIT"): pages that are the same for every visitor. Any change
// to public data clears it in the same process (the action wrapper calls clearResponseCache
// right after updateTag), and entries live at most TTL_MS, so Next.js's own hourly revalidation
// shows through. Nothing with a query, a session path, an RSC header or a cookie being set is
// kept (docs/decisions/005-prerendered-public-pages.md).
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

export const TTL_MS = 30_000;
/** Bounds on what is kept: addresses can be spelt many ways (%-encoding), memory cannot grow. */
const MAX_ENTRIES = 1_000;
export const MAX_BYTES = 64 * 2 ** 20;

export type CachedResponse = { headers: OutgoingHttpHeaders; body: Buffer; expires: number };

const PRIVATE_PATHS = /^\/(?:console|api|login|_next)(?:\/|$)/;
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

/** The encoding this cache keeps for a request: gzip when the client takes it, else none. */
export function encodingOf(headers: IncomingHttpHeaders): "gzip" | "identity" {
  return /\bgzip\b/i.test(String(headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
}

/** The cache key of a request, or null when its response must not come from this cache. */
export function requestKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if (method !== "GET" || !url || !url.startsWith("/") || url.includes("?") || PRIVATE_PATHS.test(url)) return null;
  if (ROUTER_HEADERS.some((h) => headers[h] !== undefined)) return null;
  return `${encodingOf(headers)} ${url}`;
}

/** Whether a finished response may be kept: a page Next.js served from its prerender cache. */
export function storable(status: number, headers: OutgoingHttpHeaders): boolean {
  const cacheControl = String(headers["cache-control"] ?? "");
  return status === 200 && headers["x-nextjs-cache"] === "HIT" && headers["set-cookie"] === undefined && !/private|no-store/i.test(cacheControl);
}

/** The headers to replay: the response's own, without per-connection ones. */
export function replayHeaders(headers: OutgoingHttpHeaders, body: Buffer): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  kept["content-length"] = body.length;
  return kept;
}

// One store per process, shared by the server module and the bundled app code (the action
// wrapper), which Next.js loads as separate module instances.
const STORE = Symbol.for("liushi.responseCache");
type Store = { entries: Map<string, CachedResponse>; bytes: number };
const g = globalThis as unknown as { [STORE]?: Store };
const state = (): Store => (g[STORE] ??= { entries: new Map(), bytes: 0 });
const store = (): Map<string, CachedResponse> => state().entries;

function remove(key: string) {
  const s = state();
  const entry = s.entries.get(key);
  if (!entry) return;
  s.bytes -= entry.body.length;
  s.entries.delete(key);
}

export function getCached(key: string, now = Date.now()): CachedResponse | null {
  const entry = store().get(key);
  if (!entry) return null;
  if (entry.expires <= now) {
    remove(key);
    return null;
  }
  return entry;
}

export function putCached(key: string, headers: OutgoingHttpHeaders, body: Buffer, now = Date.now()): void {
  if (body.length > MAX_BYTES / 16) return;
  const s = state();
  remove(key);
  // Oldest first (a Map keeps insertion order) until the new entry fits both bounds.
  while (s.entries.size > 0 && (s.entries.size >= MAX_ENTRIES || s.bytes + body.length > MAX_BYTES)) remove(s.entries.keys().next().value as string);
  s.entries.set(key, { headers: replayHeaders(headers, body), body, expires: now + TTL_MS });
  s.bytes += body.length;
}

/** Forget every kept response: called whenever public data changes. */
export function clearResponseCache(): void {
  store().clear();
  state().bytes = 0;
}

export const cachedCount = (): number => store().size;
export const cachedBytes = (): number => state().bytes;
