import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./config";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { username: { label: "用户名" }, password: { label: "密码", type: "password" } },
      authorize: async (credentials, request) => authenticate(credentials, clientIp(request.headers)),
    }),
  ],
});
