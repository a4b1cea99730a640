// The day a dashboard is seen as of: ?asOf=YYYY-MM-DD, else today, or the plan's end once the
// plan is over. Pure.
import { isIsoDate, type IsoDate } from "@/lib/domain";

/** Today in Asia/Shanghai (the town's calendar day). */
export const todayInShanghai = (now = Date.now()): IsoDate => new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);

export function defaultAsOf(planEnd: IsoDate, today: IsoDate): IsoDate {
  return today < planEnd ? today : planEnd;
}

export type AsOfChoice = { asOf: IsoDate; isDefault: boolean; invalid: boolean };

/** Reads ?asOf: a real date from 1990 to 2100, else the default (and says the input was invalid). */
export function chooseAsOf(param: string | string[] | undefined, planEnd: IsoDate, today: IsoDate): AsOfChoice {
  const fallback = defaultAsOf(planEnd, today);
  const raw = Array.isArray(param) ? param[0] : param;
  if (raw === undefined || raw === "") return { asOf: fallback, isDefault: true, invalid: false };
  if (!isIsoDate(raw) || raw < "1990-01-01" || raw > "2100-12-31") return { asOf: fallback, isDefault: true, invalid: true };
  return { asOf: raw, isDefault: raw === fallback, invalid: false };
}

/** The year-ends of the plan's years ("2017年末" …), the quick links of the date picker. */
export function yearEnds(planStart: IsoDate, planEnd: IsoDate): { label: string; asOf: IsoDate }[] {
  const first = Number(planStart.slice(0, 4));
  const last = Number(planEnd.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => ({ label: `${first + i}年末`, asOf: `${first + i}-12-31` }));
}

/** Quarter-ends from the eve of the plan up to `asOf`, and `asOf` itself: the points of a trend. */
export function trendDays(planStart: IsoDate, asOf: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  const [y0, m0] = planStart.split("-").map(Number);
  // the quarter-end on or before the eve of the plan
  let year = y0;
  let quarter = Math.floor((m0 - 1) / 3);
  if (quarter === 0) {
    year -= 1;
    quarter = 4;
  }
  for (;;) {
    const day = new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
    if (day > asOf) break;
    days.push(day);
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  if (days.at(-1) !== asOf) days.push(asOf);
  return days;
}
