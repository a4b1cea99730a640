import type { Role } from "@/generated/prisma/enums.ts";

/** The signed-in user as every action and read sees them. */
export type Actor = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentIds: number[];
  /** Strategies a leader reviews (分管). */
  strategyIds: number[];
  mustChangePassword: boolean;
};

/** The user columns an Actor is made of; select them and pass the row to toActor. */
export const actorSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  mustChangePassword: true,
  departments: { select: { departmentId: true } },
  strategies: { select: { strategyId: true } },
} as const;

type ActorRow = Omit<Actor, "departmentIds" | "strategyIds"> & { departments: { departmentId: number }[]; strategies: { strategyId: number }[] };

export function toActor(u: ActorRow): Actor {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentIds: u.departments.map((d) => d.departmentId),
    strategyIds: u.strategies.map((s) => s.strategyId),
    mustChangePassword: u.mustChangePassword,
  };
}
