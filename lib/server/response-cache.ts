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
const MAX_ENTRIES = 1_000;

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
const g = globalThis as unknown as { [STORE]?: Map<string, CachedResponse> };
const store = (): Map<string, CachedResponse> => (g[STORE] ??= new Map());

export function getCached(key: string, now = Date.now()): CachedResponse | null {
  const entry = store().get(key);
  if (!entry) return null;
  if (entry.expires <= now) {
    store().delete(key);
    return null;
  }
  return entry;
}

export function putCached(key: string, headers: OutgoingHttpHeaders, body: Buffer, now = Date.now()): void {
  const map = store();
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as string);
  map.set(key, { headers: replayHeaders(headers, body), body, expires: now + TTL_MS });
}

/** Forget every kept response: called whenever public data changes. */
export function clearResponseCache(): void {
  store().clear();
}

export const cachedCount = (): number => store().size;
