"use server";

import { signIn } from "@/lib/auth";
import { loginRefusal, SERVICE_UNAVAILABLE } from "@/lib/auth/login-refusal";
import { safeRedirect } from "@/lib/auth/safe-redirect";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { takeLoginRate } from "@/lib/rate-limit/login";
import { RATE_RULES, retryMessage } from "@/lib/rate-limit/rules";

export type LoginState = { message: string } | null;

/**
 * The one action outside the wrapper: there is no session yet. The attempt, success or
 * failure, is audited in lib/auth/authenticate.ts; the answer never says which part was wrong.
 */
export async function logIn(_prev: LoginState, formData: FormData): Promise<LoginState> {
  // Sign-in attempts per address and account, and per address (shared by every process through
  // Redis): the form says when to try again.
  const verdict = await takeLoginRate(clientIp(await headers()) ?? "unknown", formData.get("username"));
  if (!verdict.allowed) return { message: retryMessage(RATE_RULES.login, verdict.retryAfterSeconds) };
  try {
    await signIn("credentials", {
      username: formData.get("username"),
      password: formData.get("password"),
      redirectTo: safeRedirect(formData.get("callbackUrl")),
    });
    return null;
  } catch (error) {
    const message = loginRefusal(error);
    if (message === null) throw error; // the redirect after a successful login
    if (message === SERVICE_UNAVAILABLE) console.error("[login] the sign-in check could not run", error);
    return { message };
  }
}
