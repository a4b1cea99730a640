// The edge-safe half of the next-auth configuration: no database, no argon2. The proxy
// uses it to redirect; lib/auth/index.ts adds the credentials provider.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/generated/prisma/enums.ts";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60; // absolute session lifetime: 12 hours

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role;
      session.user.sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; name?: string | null; role: Role; sessionVersion: number };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid: number;
    role: Role;
    sv: number;
  }
}
