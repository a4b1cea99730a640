import type { NextRequest } from "next/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

/** Switches the public pages' language (a cookie, no account data) and returns to the page. */
export function GET(request: NextRequest) {
  const locale = toLocale(request.nextUrl.searchParams.get("to"));
  const next = request.nextUrl.searchParams.get("next") ?? "/";
  const target = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
  // A relative Location keeps the host the browser used, so the cookie goes with the next request.
  const response = new Response(null, { status: 303, headers: { Location: target } });
  const cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax`;
  response.headers.append("Set-Cookie", cookie);
  return response;
}
