"use server";

import { headers } from "next/headers";
import { auth, signOut } from "@/lib/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { endLoginSession } from "@/lib/auth/login-session";

/**
 * Ends the session on the server first (login_session), then clears the cookie: a copy of the
 * cookie kept elsewhere stops working too. If the database cannot be reached the error page
 * shows and the user stays signed in, rather than believing a session ended that did not.
 */
export async function logOut() {
  const session = await auth();
  if (session?.user) {
    const claims = { userId: Number(session.user.id), sessionId: session.user.sessionId, sessionVersion: session.user.sessionVersion };
    await endLoginSession(claims, clientIp(await headers()));
  }
  await signOut({ redirectTo: "/login" });
}
