import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { actorSelect, toActor, type Actor } from "./actor";
import { auth } from "./index";

export type { Actor } from "./actor";

/**
 * The signed-in user, re-read from the database on each request: a disabled account or a
 * bumped session version (role or password change) ends the session at once.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id)) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { ...actorSelect, isActive: true, sessionVersion: true } });
  if (!user?.isActive || user.sessionVersion !== session.user.sessionVersion) return null;
  return toActor(user);
});
