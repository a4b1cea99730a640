// The edge-safe half of the next-auth configuration: no database, no argon2. The proxy
// uses it to redirect; lib/auth/index.ts adds the credentials provider.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/generated/prisma/enums.ts";

/** Idle timeout: the JWT cookie is re-issued on each request and expires 30 minutes after the last. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** Absolute lifetime from the login, whatever the activity. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  // No trustHost: AUTH_URL (required in production) is the site's address; Auth.js then builds
  // its URLs from it and never from a client's Host or X-Forwarded-Host.
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
        // The server-side session (login_session): logout ends it for every copy of the cookie.
        token.sid = user.sessionId;
        token.loginAt = now;
      }
      // Past the absolute lifetime the session ends, however active it was.
      if (!token.loginAt || now - token.loginAt > SESSION_ABSOLUTE_SECONDS) return null;
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role;
      session.user.sessionVersion = token.sv;
      session.user.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
    sessionId?: string;
  }
  interface Session {
    user: { id: string; name?: string | null; role: Role; sessionVersion: number; sessionId?: string };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid: number;
    role: Role;
    sv: number;
    /** Absent in cookies issued before server-side sessions: those sign in again. */
    sid?: string;
    loginAt: number;
  }
}
