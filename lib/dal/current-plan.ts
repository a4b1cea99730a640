import "server-only";
import { cache } from "react";
import type { Tx } from "@/lib/actions/action";
import { getDb } from "@/lib/db";
import type { IsoDate } from "@/lib/domain";

// The one home of "the plan being carried out": reporting duties, the inbox, dashboards, 月报/季报,
// import templates and the public home page all take it from here (issue 15). Exactly one plan is
// CURRENT (a partial unique index); drafts are being prepared, past plans are read-only.

export type CurrentPlan = { id: number; code: string; name: string; startDate: IsoDate; endDate: IsoDate };

const select = { id: true, code: true, name: true, startDate: true, endDate: true } as const;
const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);

type Reader = Pick<Tx, "plan">;

/** The current plan, read through `db` (a transaction's client inside an action), or null. */
export async function readCurrentPlan(db: Reader): Promise<CurrentPlan | null> {
  const plan = await db.plan.findFirst({ where: { state: "CURRENT" }, select });
  return plan && { ...plan, startDate: isoDay(plan.startDate), endDate: isoDay(plan.endDate) };
}

/** The current plan, read once per request. */
export const getCurrentPlan = cache(async (): Promise<CurrentPlan | null> => readCurrentPlan(getDb()));

/** The current plan's id, or -1 (matches nothing) when there is none. */
export async function getCurrentPlanId(): Promise<number> {
  return (await getCurrentPlan())?.id ?? -1;
}
