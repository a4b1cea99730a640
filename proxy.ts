// Runs before the console, sign-in, search, the API and any request with a body (see `config`),
// and only refuses, redirects, limits or labels:
// - a malformed address (invalid percent-encoding) gets 400 (lib/validation/request-line.ts);
// - bodies over 1 MB (lib/rate-limit/body-size.ts); the evidence upload, POST /api/evidence, is
//   left out of the matcher: Next.js buffers a body the proxy may read, that route streams it;
// - per-client rate limits on search, the open-data API and server actions (429 + Retry-After;
//   counters in Redis when REDIS_URL is set, so every process shares them);
// - staff pages get a per-request CSP nonce (no 'unsafe-inline' for their scripts);
// - console: an anonymous visitor goes to the login page; a signed-in user asking for an address
//   they may not open (another role's section, another department's measure, an unknown id) is
//   rewritten to the not-found route /refused, which answers a real 404: under Cache Components a
//   console page's prerendered shell starts the response with 200 before the page's own
//   notFound() runs (Next.js docs, loading.js "Status codes": check in Proxy, then rewrite to a
//   not-found route).
// It is not the guard: every page and action checks the session, the role and the record itself.
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { clientIp } from "@/lib/auth/client-ip";
import { mayOpenConsolePath } from "@/lib/auth/console-access";
import { PUBLIC_CSP, STAFF_PATH, staffCsp } from "@/lib/csp";
import { bodyRefusal } from "@/lib/rate-limit/body-size";
import { takeRate } from "@/lib/rate-limit/limit";
import { ruleFor, tooManyRequests } from "@/lib/rate-limit/rules";
import { refuseRequestLine } from "@/lib/validation/request-line";

const { auth } = NextAuth(authConfig);

type Auth = { user?: { id?: string; role: "ADMIN" | "LEADER" | "OFFICER"; sessionVersion: number } } | null;

// Auth.js reads the session cookie only where it is needed: wrapping every request would make it
// set its CSRF and callback cookies on public pages, which then could not be cached by nginx.
const consoleProxy = auth(async (request): Promise<Response> => {
  const user = (request.auth as Auth)?.user;
  if (!user) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const allowed = await mayOpenConsolePath(request.nextUrl.pathname, { uid: Number(user.id), role: user.role, sv: user.sessionVersion });
  return allowed ? staffResponse(request) : refusedResponse(request);
}) as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

/** Staff pages: a per-request nonce; Next.js reads it from the request's CSP header and puts it on its scripts. */
function staffResponse(request: NextRequest): NextResponse {
  const csp = staffCsp(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * A refused console address: the not-found route app/(staff)/refused, prerendered with status 404
 * and the same for everyone, so it carries the shared pages' policy (no per-request nonce).
 * (`NextResponse.next({ status: 404 })` was overridden by the console page's prerendered shell,
 * status 200, wherever Next.js's own cache serves that shell: one process without REDIS_URL.)
 */
function refusedResponse(request: NextRequest): NextResponse {
  const response = NextResponse.rewrite(new URL("/refused", request.url));
  response.headers.set("Content-Security-Policy", PUBLIC_CSP);
  return response;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  // A path that is not valid percent-encoded UTF-8 makes Next.js's router answer 500: 400 first.
  const refusal = refuseRequestLine(request.method, new URL(request.url).pathname);
  if (refusal) return new Response(refusal.body, { status: refusal.status, headers: refusal.headers });
  const { pathname, search } = request.nextUrl;
  const tooLarge = bodyRefusal({ method: request.method, contentLength: request.headers.get("content-length"), chunked: request.headers.get("transfer-encoding")?.includes("chunked") ?? false });
  if (tooLarge) return tooLarge;
  const rule = ruleFor({ method: request.method, pathname, search, isAction: request.headers.has("next-action") });
  if (rule) {
    const verdict = await takeRate(rule, clientIp(request.headers) ?? "unknown");
    if (!verdict.allowed) return tooManyRequests(rule, verdict.retryAfterSeconds);
  }
  if (pathname === "/console" || pathname.startsWith("/console/")) return consoleProxy(request, event);
  if (STAFF_PATH.test(pathname)) return staffResponse(request);
  return NextResponse.next();
}

// Not the public pages: every address the proxy matches pays for a middleware call (measured: a
// cached page fell from hundreds to ~60 requests/s per process when it matched everything).
// Only their addresses with a "%" in them: a malformed escape there is a 500 in Next.js's router
// unless refused first (the matcher sees the raw path). It answers without Auth.js (no cookie)
// and passes a valid escape on untouched, so those pages keep their cache headers.
export const config = {
  matcher: [
    "/(.*%.*)",
    "/console/:path*",
    "/login",
    "/measures",
    "/:locale(en|zh-CN)/measures",
    "/api/((?!evidence(?:$|/)).*)",
    { source: "/((?!api/evidence(?:$|/)).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/evidence(?:$|/)).*)", has: [{ type: "header", key: "content-length" }] },
  ],
};
