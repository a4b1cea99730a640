import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import { queryRollups, type RollupLevel } from "@/lib/dal/status";

/** The status engine's roll-ups on the public date, cached until an approval expires them. */
export async function getPublicRollups(args: { planId: number; asOf: string; levels: RollupLevel[]; strategyId?: number }) {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  return queryRollups({ planId: args.planId, dates: [args.asOf], levels: args.levels, strategyId: args.strategyId });
}
