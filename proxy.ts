// Console addresses only. An anonymous visitor goes to the login page. A signed-in user asking
// for an address they may not open (another role's section, another department's measure, an
// unknown id) gets a real 404 status before anything is rendered: under Cache Components a
// page's notFound() streams with 200 (vercel/next.js#98518). This is not the guard: every page
// and action checks the session, the role and the record itself. Public pages never pass here.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { mayOpenConsolePath } from "@/lib/auth/console-access";

const { auth } = NextAuth(authConfig);

export default auth(async (request) => {
  const token = request.auth?.user;
  if (!token) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const allowed = await mayOpenConsolePath(request.nextUrl.pathname, { uid: Number(token.id), role: token.role, sv: token.sessionVersion });
  // The page renders its own not-found content (it refuses the same request); the status is set here.
  return allowed ? NextResponse.next() : NextResponse.next({ status: 404 });
});

export const config = { matcher: ["/console/:path*"] };
