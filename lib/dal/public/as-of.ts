import type { IsoDate } from "@/lib/domain";

/** The public pages show the plan today, or at its end once it is over. */
export function publicAsOf(planEnd: IsoDate, today: IsoDate): IsoDate {
  return today < planEnd ? today : planEnd;
}

export const todayInShanghai = (): IsoDate => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
export const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);
