// Progress values from a 台账: one row per indicator (or per measure without indicators) and
// period; the rows of one measure and period become one report, submitted for review like a
// report from the form. Pure: the action passes in the officer's measures.
import type { IsoDate } from "@/lib/domain";
import { periodContaining, type ReportingCycle } from "@/lib/domain/reporting-cycle";
import { LAGGING_EXPLANATION_MIN, NARRATIVE_MAX } from "@/lib/validation/progress-report";
import { STATUS_LABEL } from "@/lib/labels";
import type { ColumnSpec } from "./read-spreadsheet";
import type { ImportRow, RowResult } from "./result";
import { cleanText, parseDecimal, parsePeriod, parseStatus } from "./values";

export const PROGRESS_SHEET = "填报数据";

export const PROGRESS_COLUMNS: ColumnSpec[] = [
  { key: "measureCode", header: "举措编号", aliases: ["编号"], required: true, note: "必填。举措或项目的编号，见“我的任务”。只能填报本部门负责的举措。", example: "A2-04" },
  { key: "measureTitle", header: "举措名称", note: "仅供对照，导入时不读取。", example: "新建民工子弟学校6所" },
  { key: "indicatorCode", header: "指标编号", note: "有指标的举措填写；定性举措留空。由子项目汇总的指标不用填报。", example: "A2-04-I1" },
  { key: "indicatorName", header: "指标名称", note: "仅供对照，导入时不读取。", example: "民工子弟学校" },
  { key: "unit", header: "单位", note: "仅供对照，导入时不读取。", example: "所" },
  { key: "period", header: "填报期", required: true, note: "月份如 2021-12；季度如 2021Q4。按季度填报的举措填月份时计入该月所在季度。", example: "2021-12" },
  { key: "value", header: "本期数值", aliases: ["数值", "累计值", "完成值"], note: "截至填报期末的数值，不小于 0，最多两位小数；百分比不超过 100；“是否完成”填 1 或 0。留空表示本期不报该指标。", example: "5" },
  { key: "status", header: "进展状态", required: true, note: `${Object.values(STATUS_LABEL).join("、")}。同一举措同一期只需在第一行填写。`, example: STATUS_LABEL.ON_TRACK },
  { key: "narrative", header: "进展情况说明", aliases: ["进展情况", "说明"], required: true, note: `至少 5 个字；状态为“滞后”时至少 ${LAGGING_EXPLANATION_MIN} 个字，写明原因和整改措施。同一举措同一期只需在第一行填写。`, example: "第5所学校已通过验收，第6所主体完工。" },
];

export type ProgressMeasure = {
  id: number;
  code: string;
  title: string;
  cycle: ReportingCycle;
  indicators: { id: number; code: string; name: string; unit: string; kind: "COUNT" | "CUMULATIVE" | "PERCENT" | "MILESTONE"; derivedFromChildren: boolean }[];
  /** Period keys (of the measure's cycle) with a report waiting for review. */
  pending: Set<string>;
  /** Period key → a returned report nobody has revised yet (the import revises it). */
  returned: Map<string, number>;
};

export type ProgressContext = { measures: Map<string, ProgressMeasure>; planStart: IsoDate; planEnd: IsoDate; today: IsoDate };

export type PlannedReport = {
  measureId: number;
  measureCode: string;
  periodKey: string;
  periodLabel: string;
  start: IsoDate;
  end: IsoDate;
  status: keyof typeof STATUS_LABEL;
  narrative: string;
  values: { indicatorId: number; value: string }[];
  revisesId: number | null;
  lines: number[];
};

export type ProgressCheck = { rows: RowResult[]; reports: PlannedReport[]; skipped: number; outOfScope: number };

type Group = { measure: ProgressMeasure; first: RowResult; report: PlannedReport; status?: PlannedReport["status"]; narrative?: string };

const INPUTS = ["period", "value", "status", "narrative"];

export function checkProgressRows(rows: ImportRow[], ctx: ProgressContext): ProgressCheck {
  const results: RowResult[] = [];
  const groups = new Map<string, Group>();
  let skipped = 0;
  let outOfScope = 0;
  for (const { line, cells } of rows) {
    // Template rows of measures the officer does not report this time stay blank.
    if (INPUTS.every((k) => !cells[k])) {
      skipped++;
      continue;
    }
    const row: RowResult = { line, ok: true, summary: "", errors: [] };
    results.push(row);
    const measure = ctx.measures.get(cells.measureCode);
    if (!measure) {
      outOfScope++;
      row.errors.push(cells.measureCode ? `未找到举措“${cells.measureCode}”，或该举措不属于您所在的部门` : "请填写举措编号");
      continue;
    }
    const period = resolvePeriod(cells.period, measure, ctx, row.errors);
    const value = resolveValue(cells, measure, row.errors);
    const status = cells.status ? parseStatus(cells.status) : null;
    if (status && !status.ok) row.errors.push(status.error);
    const narrative = cells.narrative ? cleanText(cells.narrative, "进展情况说明", NARRATIVE_MAX) : null;
    if (narrative && !narrative.ok) row.errors.push(narrative.error);
    if (!period) continue;

    const key = `${measure.id}|${period.key}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        measure,
        first: row,
        report: {
          measureId: measure.id, measureCode: measure.code, periodKey: period.key, periodLabel: period.label, start: period.start, end: period.end,
          status: "ON_TRACK", narrative: "", values: [], revisesId: measure.returned.get(period.key) ?? null, lines: [],
        },
      };
      groups.set(key, group);
    }
    group.report.lines.push(line);
    if (status?.ok) {
      if (group.status && group.status !== status.value) row.errors.push(`与第 ${group.first.line} 行同一举措同一期的进展状态不一致`);
      group.status ??= status.value;
    }
    if (narrative?.ok) {
      if (group.narrative && group.narrative !== narrative.value) row.errors.push(`与第 ${group.first.line} 行同一举措同一期的进展情况说明不一致（只需在第一行填写）`);
      group.narrative ??= narrative.value;
    }
    if (value) {
      if (group.report.values.some((v) => v.indicatorId === value.indicator.id)) row.errors.push(`指标“${value.indicator.code}”在同一期重复填写`);
      else if (row.errors.length === 0) group.report.values.push({ indicatorId: value.indicator.id, value: value.value });
    }
    row.summary = `${measure.code} ${period.label}${value ? `：${value.indicator.name} ${value.value}${value.indicator.unit}` : ""}`;
  }

  const reports: PlannedReport[] = [];
  for (const g of groups.values()) {
    const errors = g.first.errors;
    if (!g.status) errors.push("请填写进展状态（同一举措同一期在第一行填写即可）");
    if (!g.narrative) errors.push("请填写进展情况说明（同一举措同一期在第一行填写即可）");
    else if (g.narrative.length < 5) errors.push("进展情况说明至少 5 个字");
    else if (g.status === "LAGGING" && g.narrative.length < LAGGING_EXPLANATION_MIN) errors.push(`状态为“滞后”时，须说明滞后原因和整改措施（至少 ${LAGGING_EXPLANATION_MIN} 个字）`);
    if (g.measure.pending.has(g.report.periodKey)) errors.push(`该举措${g.report.periodLabel}已有待审核的填报，请等审核后再导入`);
    g.report.status = g.status ?? "ON_TRACK";
    g.report.narrative = g.narrative ?? "";
    g.first.summary += `（新填报：${STATUS_LABEL[g.report.status]}${g.report.revisesId ? "，修改被退回的填报" : ""}）`;
    reports.push(g.report);
  }
  for (const r of results) r.ok = r.errors.length === 0;
  return { rows: results, reports, skipped, outOfScope };
}

function resolvePeriod(raw: string, measure: ProgressMeasure, ctx: ProgressContext, errors: string[]) {
  if (!raw) {
    errors.push("请填写填报期");
    return null;
  }
  const parsed = parsePeriod(raw);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return null;
  }
  if (parsed.value.kind === "quarter" && measure.cycle === "MONTHLY") {
    errors.push("该举措按月填报，请填写月份（如 2021-12）");
    return null;
  }
  const firstMonth = parsed.value.kind === "quarter" ? parsed.value.index * 3 - 2 : parsed.value.index;
  const period = periodContaining(measure.cycle, `${parsed.value.year}-${String(firstMonth).padStart(2, "0")}-01`);
  if (period.end < ctx.planStart) errors.push("填报期早于规划期起始月份");
  else if (period.start > ctx.planEnd) errors.push("填报期晚于规划期结束月份");
  else if (period.start > ctx.today) errors.push("不能填报尚未开始的填报期");
  else return period;
  return null;
}

function resolveValue(cells: Record<string, string>, measure: ProgressMeasure, errors: string[]) {
  if (!cells.indicatorCode) {
    if (cells.value) errors.push("填写了数值，但没有填写指标编号");
    return null;
  }
  const indicator = measure.indicators.find((i) => i.code === cells.indicatorCode);
  if (!indicator) {
    errors.push(`指标“${cells.indicatorCode}”不属于举措 ${measure.code}`);
    return null;
  }
  if (!cells.value) return null;
  if (indicator.derivedFromChildren) {
    errors.push("该指标由子项目完成情况自动汇总，无需填报");
    return null;
  }
  const value = parseDecimal(cells.value, "本期数值");
  if (!value.ok) errors.push(value.error);
  else if (indicator.kind === "PERCENT" && Number(value.value) > 100) errors.push("百分比不能超过 100");
  else if (indicator.kind === "MILESTONE" && value.value !== "0" && value.value !== "1") errors.push("是否完成请填 1（完成）或 0（未完成）");
  else return { indicator, value: value.value };
  return null;
}
