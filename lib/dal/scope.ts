import type { Actor } from "@/lib/auth/current-user";

/**
 * The WHERE fragment that limits measures to what the actor may report on: an officer sees the
 * measures one of their departments answers for (lead or responsible); leaders and admins see all.
 */
export function measureScope(actor: Pick<Actor, "role" | "departmentIds">) {
  if (actor.role !== "OFFICER") return {};
  return { departments: { some: { departmentId: { in: actor.departmentIds } } } };
}
