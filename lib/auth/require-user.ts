import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums.ts";
import { getCurrentUser, type Actor } from "./current-user";

export const PASSWORD_PAGE = "/console/account/password";

/**
 * For console pages: the signed-in user, or a redirect to the login page. A user who must
 * change their initial password is sent to do so first. With `roles`, any other role gets
 * a 404 — the page's existence is not confirmed to them.
 */
export async function requireUser(options: { roles?: Role[]; allowPasswordChangePending?: boolean } = {}): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.allowPasswordChangePending) redirect(PASSWORD_PAGE);
  if (options.roles && !options.roles.includes(user.role)) notFound();
  return user;
}
