// Small shared wording of the generated reports (page, print and workbook). Pure.

/** A share of `part` in `whole`, or null when nothing was due. */
export const rateOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** 0.6342 → "63.4%"; null → "—". One decimal, as the workbook's percentage format. */
export function percentText(share: number | null): string {
  return share === null ? "—" : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** A change in percentage points with its sign: 0.012 → "+1.2 个百分点". */
export function pointsText(delta: number): string {
  const points = Math.round(delta * 1000) / 10;
  return `${points > 0 ? "+" : points < 0 ? "−" : "±"}${Math.abs(points).toFixed(1)} 个百分点`;
}

/** A count change with its sign: 3 → "+3", 0 → "—". */
export function deltaText(delta: number): string {
  return delta === 0 ? "—" : delta > 0 ? `+${delta}` : `−${-delta}`;
}
