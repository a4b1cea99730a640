// What a person types in a 台账 cell, read into the values the plan tracker stores. Each parser
// returns the value or a Chinese error. Pure.
import { isIsoDate, STATUS_LABEL_ZH, STATUS_SHORT_ZH, type IsoDate } from "@/lib/domain";
import { halfWidthDigits } from "@/lib/validation/common";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const err = <T>(error: string): Parsed<T> => ({ ok: false, error });

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** A reporting period: { month: "2021-12" } or { quarter: "2021-Q4" }. */
export type PeriodInput = { kind: "month" | "quarter"; key: string; year: number; index: number };

/**
 * "2021-12", "2021/12", "2021.12", "2021年12月", an Excel date ("2021-12-01"), or a quarter:
 * "2021Q4", "2021-Q4", "2021年第四季度", "2021年4季度".
 */
export function parsePeriod(raw: string): Parsed<PeriodInput> {
  const s = halfWidthDigits(raw.trim()).toUpperCase().replace(/\s/g, "");
  const quarter = /^(\d{4})[-/.]?Q([1-4])$/.exec(s) ?? /^(\d{4})年第?([一二三四1-4])季度?$/.exec(s);
  if (quarter) {
    const q = CN_DIGIT[quarter[2]];
    return ok({ kind: "quarter", key: `${quarter[1]}-Q${q}`, year: Number(quarter[1]), index: q });
  }
  const month = /^(\d{4})[-/.年](\d{1,2})(?:月(?:\d{1,2}日)?|[-/.]\d{1,2})?$/.exec(s);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return err("填报期的月份应为 1–12");
    return ok({ kind: "month", key: `${month[1]}-${String(m).padStart(2, "0")}`, year: Number(month[1]), index: m });
  }
  return err("填报期格式应为 2021-12（月）或 2021Q4（季度）");
}

type ReportedStatus = "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "LAGGING" | "DONE";
const REPORTED: readonly ReportedStatus[] = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "LAGGING", "DONE"];

// A status may be written as its label, its short label or its code (any case); 尚未启动 too.
const STATUS_WORDS = new Map<string, ReportedStatus>([
  ...REPORTED.flatMap((s) => [[STATUS_LABEL_ZH[s], s], [STATUS_SHORT_ZH[s], s], [s.toLowerCase(), s]] as const),
  ["尚未启动", "NOT_STARTED"],
]);

export function parseStatus(raw: string): Parsed<ReportedStatus> {
  const v = STATUS_WORDS.get(raw.trim().toLowerCase());
  return v ? ok(v) : err(`进展状态应为：${REPORTED.map((s) => STATUS_LABEL_ZH[s]).join("、")}`);
}

/** A non-negative number with at most two decimals, as text ("12", "3.5"; full-width digits too). Thousands commas are dropped. */
export function parseDecimal(raw: string, label: string, maxIntegerDigits = 10): Parsed<string> {
  const s = halfWidthDigits(raw.trim()).replace(/[,，]/g, "");
  if (!new RegExp(`^\\d{1,${maxIntegerDigits}}(\\.\\d{1,2})?$`).test(s)) return err(`${label}须为不小于 0 的数字，最多两位小数`);
  return ok(String(Number(s)));
}

/** "2021-12-31", "2021/12/31", "2021.12.31", "2021年12月31日". */
export function parseDate(raw: string, label: string): Parsed<IsoDate> {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(halfWidthDigits(raw.trim()));
  const iso = m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : "";
  return isIsoDate(iso) ? ok(iso) : err(`${label}须为有效日期，如 2021-12-31`);
}

export function parseCycle(raw: string): Parsed<"MONTHLY" | "QUARTERLY"> {
  const s = raw.trim().toUpperCase();
  if (["月", "月报", "每月", "按月", "MONTHLY"].includes(s)) return ok("MONTHLY");
  if (["季", "季报", "季度", "每季度", "按季", "按季度", "QUARTERLY"].includes(s)) return ok("QUARTERLY");
  return err("填报周期应为“每月”或“每季度”");
}

export function parseDueDay(raw: string): Parsed<number> {
  const n = Number(halfWidthDigits(raw.trim()).replace(/日$/, ""));
  return Number.isInteger(n) && n >= 1 && n <= 28 ? ok(n) : err("截止日须为 1–28 之间的整数");
}

export function parseMeasureKind(raw: string): Parsed<"MEASURE" | "PROJECT"> {
  const s = raw.trim().toUpperCase();
  if (["举措", "MEASURE"].includes(s)) return ok("MEASURE");
  if (["项目", "PROJECT"].includes(s)) return ok("PROJECT");
  return err("类型应为“举措”或“项目”");
}

export type IndicatorKindValue = "COUNT" | "CUMULATIVE" | "PERCENT" | "MILESTONE";
export function parseIndicatorKind(raw: string): Parsed<IndicatorKindValue> {
  const s = raw.trim().toUpperCase();
  if (["数量", "计数", "COUNT"].includes(s)) return ok("COUNT");
  if (["累计", "累计值", "CUMULATIVE"].includes(s)) return ok("CUMULATIVE");
  if (["百分比", "比例", "%", "PERCENT"].includes(s)) return ok("PERCENT");
  if (["是否完成", "完成与否", "里程碑", "MILESTONE"].includes(s)) return ok("MILESTONE");
  return err("指标类型应为：数量、累计、百分比、是否完成");
}

export function parseComparison(raw: string): Parsed<"GTE" | "GT" | "EQ" | "LTE"> {
  const s = raw.trim().toUpperCase();
  if (["≥", ">=", "不少于", "达到", "GTE"].includes(s)) return ok("GTE");
  if ([">", "超过", "大于", "GT"].includes(s)) return ok("GT");
  if (["=", "等于", "EQ"].includes(s)) return ok("EQ");
  if (["≤", "<=", "不超过", "LTE"].includes(s)) return ok("LTE");
  return err("比较方式应为：≥（不少于）、>（超过）、=（等于）、≤（不超过）");
}

/** "a、b，c; d" → ["a", "b", "c", "d"]. */
export const splitList = (raw: string) => raw.split(/[、,，;；/\n]+/).map((s) => s.trim()).filter(Boolean);

/** Yearly interim targets: "2017:30；2018:70" (full-width colons too). */
export function parseInterimTargets(raw: string): Parsed<{ year: number; value: string }[]> {
  const out: { year: number; value: string }[] = [];
  for (const part of splitList(raw)) {
    const m = /^(\d{4})\s*(?:年)?\s*[:：=]\s*(.+)$/.exec(halfWidthDigits(part));
    const value = m ? parseDecimal(m[2], "分年度目标") : null;
    if (!m || !value?.ok) return err("分年度目标格式应为“2017:30；2018:70”");
    if (out.some((t) => t.year === Number(m[1]))) return err(`分年度目标中 ${m[1]} 年重复`);
    out.push({ year: Number(m[1]), value: value.value });
  }
  return ok(out);
}

/** Text that PostgreSQL can store and a person meant: no NUL or other control characters. */
export function cleanText(raw: string, label: string, max: number, min = 1): Parsed<string> {
  const s = raw.trim();
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s)) return err(`${label}含有无效字符`);
  if (s.length < min) return err(min === 1 ? `请填写${label}` : `${label}至少 ${min} 个字`);
  if (s.length > max) return err(`${label}不超过 ${max} 字`);
  return ok(s);
}

/** A code of the plan's structure (strategy, task area, measure, indicator): letters, digits and -. */
export const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

/** A cell parsed when filled (blank: undefined, nothing to change); its error goes to `errors`. */
export function take<T>(raw: string, parse: (s: string) => Parsed<T>, errors: string[]): T | undefined {
  if (!raw) return undefined;
  const p = parse(raw);
  if (p.ok) return p.value;
  errors.push(p.error);
  return undefined;
}
