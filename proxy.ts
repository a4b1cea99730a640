// Redirects only: an anonymous visitor of the console goes to the login page. This is not the
// guard: every page and action checks the session and the role itself. Public pages never pass
// through here (their language is mapped by a rewrite in next.config.ts).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { STAFF_RENDER_MARK } from "@/lib/staff-render";

const { auth } = NextAuth(authConfig);

export default auth((request) => {
  if (request.auth) {
    const headers = new Headers(request.headers);
    headers.set("user-agent", `${request.headers.get("user-agent") ?? ""} ${STAFF_RENDER_MARK}`);
    return NextResponse.next({ request: { headers } });
  }
  const login = new URL("/login", request.nextUrl);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
});

export const config = { matcher: ["/console/:path*"] };
