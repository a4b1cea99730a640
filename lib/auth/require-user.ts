import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type Actor } from "./current-user";

/** For console pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
