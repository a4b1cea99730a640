import "server-only";
import { getCurrentUser, type Actor } from "@/lib/auth/current-user";

/** Leaders and admins see the dashboards; anyone else (officers, no session) gets nothing. */
export async function dashboardActor(): Promise<Actor | null> {
  const user = await getCurrentUser();
  return user && (user.role === "LEADER" || user.role === "ADMIN") ? user : null;
}
