// What an indicator is, as the wording functions read it. The expected path and every rule that
// uses it are SQL (status_path_points(), status_parts(); decision 009); a brute-force copy lives
// in tests/support/status-oracle/expected-path.ts.

import type { IsoDate } from "./dates";

export type IndicatorKind = "COUNT" | "CUMULATIVE" | "PERCENT" | "MILESTONE";
export type Comparison = "GTE" | "GT" | "EQ" | "LTE";

export type IndicatorSpec = {
  kind: IndicatorKind;
  comparison: Comparison;
  baselineValue: number;
  baselineDate: IsoDate;
  targetValue: number;
  deadline: IsoDate;
  /** Value to reach by December 31 of `year`. */
  interimTargets?: { year: number; value: number }[];
  unit: string;
  name: string;
};
