// Redirects only: an anonymous visitor of the console goes to the login page. This is not the
// guard: every page and action checks the session and the role itself. Public pages never pass
// through here (their language is mapped by a rewrite in next.config.ts).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

export default auth((request) => {
  if (request.auth) return NextResponse.next();
  const login = new URL("/login", request.nextUrl);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
});

export const config = { matcher: ["/console/:path*"] };
