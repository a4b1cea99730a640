"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";

export type LoginState = { message: string } | null;

/** Only same-site paths: a crafted callbackUrl must not send the user elsewhere. */
function safeRedirect(target: FormDataEntryValue | null): string {
  const path = typeof target === "string" ? target : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/console";
}

/**
 * The one action outside the wrapper: there is no session yet. The attempt, success or
 * failure, is audited in lib/auth/authenticate.ts; the answer never says which part was wrong.
 */
export async function logIn(_prev: LoginState, formData: FormData): Promise<LoginState> {
  try {
    await signIn("credentials", {
      username: formData.get("username"),
      password: formData.get("password"),
      redirectTo: safeRedirect(formData.get("callbackUrl")),
    });
    return null;
  } catch (error) {
    if (error instanceof AuthError) return { message: "用户名或密码错误，或账号已停用、已锁定（连续输错 5 次锁定 10 分钟）。" };
    throw error; // the redirect after a successful login
  }
}
