import { decodeParam } from "./route-params";

// Requests that Next.js 16 answers with a 500 before any page or route handler of ours runs:
// a path segment that is not valid percent-encoded UTF-8 ("/measures/%FF": its router throws
// a DecodeError, then fails to render its 400 page), and methods that Node's fetch Request
// refuses to construct ("TRACE", "TRACK", "CONNECT" on a route handler). They can only be
// refused in front of Next.js. nginx answers TRACE/TRACK with 405 itself; `next start` has no
// hook before its router, so this rule is kept, tested, for a front that can ask it. Pure.

/** What the app answers to at all; anything else is 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type RequestLineRefusal = { status: 400 | 405; headers: Record<string, string>; body: string };

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/** A 400 or 405 for a request line Next.js cannot handle, or null to pass the request on. */
export function refuseRequestLine(method: string | undefined, url: string | undefined): RequestLineRefusal | null {
  if (!method || !(ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return { status: 405, headers: { ...plain, Allow: ALLOWED_METHODS.join(", ") }, body: "不支持该请求方法。" };
  }
  const path = (url ?? "/").split(/[?#]/, 1)[0];
  if (path.split("/").some((segment) => decodeParam(segment) === null)) {
    return { status: 400, headers: plain, body: "请求地址格式有误。" };
  }
  return null;
}
