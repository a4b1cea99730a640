// Checks a report's indicator values and milestone dates against the measure they belong to.
// Pure: the action passes in what it read from the database.
import type { FieldErrors } from "@/lib/actions/field-errors";

export type ReportableMeasure = {
  indicators: { id: number; kind: "COUNT" | "CUMULATIVE" | "PERCENT" | "MILESTONE"; derivedFromChildren: boolean }[];
  milestones: { id: number; name: string }[];
};

export type ReportContent = {
  values: { indicatorId: number; value: string }[];
  milestones: { milestoneId: number; actualDate: Date }[];
  fieldErrors: FieldErrors;
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(raw: string): Date | null {
  if (!ISO_DAY.test(raw)) return null;
  const date = new Date(`${raw}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw ? null : date;
}

/**
 * Whether the measure takes its progress from a reported percentage: it has no numeric indicator
 * (yes/no ones aside) and no milestone (status_measures() in SQL decides the same way).
 */
export function takesReportedPercent(measure: ReportableMeasure): boolean {
  return !measure.indicators.some((i) => i.kind !== "MILESTONE") && measure.milestones.length === 0;
}

export function checkReportContent(
  measure: ReportableMeasure,
  input: { values: Record<string, string>; milestones: Record<string, string>; percentComplete?: number | null },
  bounds: { earliest: Date; latest: Date },
): ReportContent {
  const fieldErrors: FieldErrors = {};
  const values: ReportContent["values"] = [];
  const indicators = new Map(measure.indicators.map((i) => [String(i.id), i]));
  for (const [id, raw] of Object.entries(input.values)) {
    const indicator = indicators.get(id);
    const key = `values.${id}`;
    if (!indicator) fieldErrors[key] = ["该指标不属于此举措"];
    else if (indicator.derivedFromChildren) fieldErrors[key] = ["该指标由子项目完成情况自动汇总，无需填报"];
    else if (raw === "") continue;
    else if (indicator.kind === "PERCENT" && Number(raw) > 100) fieldErrors[key] = ["百分比不能超过 100"];
    else if (indicator.kind === "MILESTONE" && raw !== "0" && raw !== "1") fieldErrors[key] = ["是否完成请填 1（完成）或 0（未完成）"];
    else values.push({ indicatorId: indicator.id, value: raw });
  }
  const milestones: ReportContent["milestones"] = [];
  const known = new Set(measure.milestones.map((m) => String(m.id)));
  for (const [id, raw] of Object.entries(input.milestones)) {
    const key = `milestones.${id}`;
    if (!known.has(id)) {
      fieldErrors[key] = ["该里程碑不属于此举措"];
      continue;
    }
    if (raw === "") continue;
    const date = parseDay(raw);
    if (!date) fieldErrors[key] = ["请填写有效的日期（年-月-日）"];
    else if (date < bounds.earliest || date > bounds.latest) fieldErrors[key] = ["完成日期须在规划期开始之后、填报期结束之前"];
    else milestones.push({ milestoneId: Number(id), actualDate: date });
  }
  if (input.percentComplete != null && !takesReportedPercent(measure)) {
    fieldErrors.percentComplete = ["该举措的完成度由指标或里程碑计算，无需填报完成比例"];
  }
  return { values, milestones, fieldErrors };
}
