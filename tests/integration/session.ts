import type { Actor } from "@/lib/auth/current-user";

/** The signed-in user the wrapper sees in integration tests (null: no session). */
export const testSession: { actor: Actor | null; invalidatedTags: string[] } = { actor: null, invalidatedTags: [] };

export function signInAs(actor: Actor | null) {
  testSession.actor = actor;
  testSession.invalidatedTags = [];
}
