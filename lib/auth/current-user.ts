import "server-only";
import { cache } from "react";
import { auth } from "./index";
import { actorForSession } from "./login-session";
import type { Actor } from "./actor";

export type { Actor } from "./actor";

/**
 * The signed-in user, re-read from the database on each request: an ended session (logout), a
 * disabled account or a bumped session version (role or password change) ends it at once.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.user) return null;
  return actorForSession({ userId: Number(session.user.id), sessionId: session.user.sessionId, sessionVersion: session.user.sessionVersion });
});
