import "server-only";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums.ts";
import { getDb } from "@/lib/db";
import { auth } from "./index";

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

/**
 * The signed-in user, re-read from the database on each request: a disabled account or a
 * bumped session version (role or password change) ends the session at once.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id)) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: {
      id: true, username: true, displayName: true, role: true, isActive: true, sessionVersion: true, mustChangePassword: true,
      departments: { select: { departmentId: true } },
      strategies: { select: { strategyId: true } },
    },
  });
  if (!user?.isActive || user.sessionVersion !== session.user.sessionVersion) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentIds: user.departments.map((d) => d.departmentId),
    strategyIds: user.strategies.map((s) => s.strategyId),
    mustChangePassword: user.mustChangePassword,
  };
});
