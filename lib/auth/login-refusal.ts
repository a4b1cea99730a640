// The classes next-auth re-exports, taken from where they live (@auth/core, pinned exactly by
// next-auth): "next-auth" itself only loads inside Next.js, and these are unit-tested.
import { AuthError, CredentialsSignin } from "@auth/core/errors";

// What the login form says when signing in fails. A refused login never says which part was
// wrong; but when the check itself could not run (the database is down), the form says the
// service is unavailable, so that nobody starts doubting a password that is right.

export const WRONG_CREDENTIALS = "用户名或密码错误，或账号已停用、已锁定（连续输错 5 次锁定 10 分钟）。";
export const SERVICE_UNAVAILABLE = "登录服务暂时不可用，请稍后再试；如问题持续，请联系系统管理员。";

/** The form's message for a sign-in error, or null for what is not a sign-in error (the redirect). */
export function loginRefusal(error: unknown): string | null {
  if (error instanceof CredentialsSignin) return WRONG_CREDENTIALS;
  // Anything else Auth.js reports (CallbackRouteError wraps what authorize threw) is ours.
  if (error instanceof AuthError) return SERVICE_UNAVAILABLE;
  return null;
}
