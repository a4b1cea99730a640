import { formatChineseDate, type IsoDate } from "@/lib/domain";

export const percent = (share: number) => `${Math.round(share * 100)}%`;
export const percentOf = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);
export const chineseDate = (d: IsoDate | null) => (d ? formatChineseDate(d) : "—");

/** "共 333 项重点任务，按严重程度显示前 50 项。" for a list that shows some of its rows, else "共 3 项重点任务。". */
export const shown = (list: { rows: readonly unknown[]; total: number }, what: string) =>
  list.total > list.rows.length ? `共 ${list.total} 项${what}，按严重程度显示前 ${list.rows.length} 项。` : `共 ${list.total} 项${what}。`;

/** "2019年末", "2020年3季度末" or the date, for trend points. */
export function pointLabel(d: IsoDate): string {
  const [y, m] = d.split("-").map(Number);
  if (d.endsWith("-12-31")) return `${y}年末`;
  if (["03-31", "06-30", "09-30"].includes(d.slice(5))) return `${y}年${m / 3}季度末`;
  return formatChineseDate(d);
}
