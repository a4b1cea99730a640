import type { Actor } from "@/lib/auth/current-user";

type Scoped = Pick<Actor, "role" | "departmentIds" | "strategyIds">;

/**
 * The WHERE fragment that limits measures to what the actor may report on or read in the
 * console: an officer sees the measures one of their departments answers for (lead or
 * responsible); leaders and admins see everything internal.
 */
export function measureScope(actor: Scoped) {
  if (actor.role !== "OFFICER") return {};
  return { departments: { some: { departmentId: { in: actor.departmentIds } } } };
}

/**
 * The measures whose reports a leader reviews: those of the strategies assigned to them (分管)
 * or of their departments. Nobody else reviews.
 */
export function reviewScope(actor: Scoped) {
  if (actor.role !== "LEADER") return { id: -1 };
  return {
    OR: [
      { taskArea: { strategyId: { in: actor.strategyIds } } },
      { departments: { some: { departmentId: { in: actor.departmentIds } } } },
    ],
  };
}
