// What an import shows for each row of the file, dry run or not.

export type ImportRow = { line: number; cells: Record<string, string> };

export type RowResult = {
  /** The row's number in the spreadsheet (as Excel shows it). */
  line: number;
  ok: boolean;
  /** What the row does, e.g. "A2-04 2021年第四季度：民工子弟学校 5所". */
  summary: string;
  errors: string[];
};

export type ImportKind = "plan-structure" | "progress";

export type ImportResult = {
  kind: ImportKind;
  fileName: string;
  dryRun: boolean;
  /** Written (never on a dry run, never with an invalid row). */
  committed: boolean;
  rows: RowResult[];
  invalid: number;
  /** Blank rows and template rows left empty. */
  skipped: number;
  /** One sentence: what was (or would be) done. */
  summary: string;
};

/** Field errors of a refused import: one entry per invalid row ("rows.12"), at most 50. */
export function rowErrors(rows: RowResult[]): Record<string, string[]> {
  return Object.fromEntries(rows.filter((r) => !r.ok).slice(0, 50).map((r) => [`rows.${r.line}`, r.errors]));
}
