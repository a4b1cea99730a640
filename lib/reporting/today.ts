// The reference "today" of reporting duties (due, due soon, overdue) and of the status
// engine's as-of day in the console: the real day in Asia/Shanghai, or LIUSHI_TODAY
// ("YYYY-MM-DD") to replay the demo plan on a day inside it. See the README, "Reporting cycles".
import type { IsoDate } from "@/lib/domain";
import { referenceDay } from "@/lib/domain/reporting-cycle";

let warned = false;

export function reportingToday(now = new Date()): IsoDate {
  try {
    return referenceDay(process.env.LIUSHI_TODAY, now);
  } catch (error) {
    // A typo in the setting must not take the console down: say so once, use the real day.
    if (!warned) console.error(`[reporting] ${(error as Error).message}; using the real date instead.`);
    warned = true;
    return referenceDay(undefined, now);
  }
}

/** The day the status engine judges on: today, or the plan's last day once it is over. */
export function statusDay(planEnd: IsoDate, today: IsoDate = reportingToday()): IsoDate {
  return today < planEnd ? today : planEnd;
}
