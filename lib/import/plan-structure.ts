// The plan's structure from a 台账: one row per measure, or per indicator with its measure's
// columns repeated or left blank after the first row. New codes are created, known codes
// updated (a blank cell keeps what is stored); nothing is ever deleted or moved. Pure: the action
// passes in what the database holds and writes what this returns.
import { addDays, type IsoDate } from "@/lib/domain";
import type { ColumnSpec } from "./read-spreadsheet";
import type { ImportRow, RowResult } from "./result";
import { taskAreaOf, type NewStrategy, type NewTaskArea } from "./plan-structure-groups";
import {
  CODE, cleanText, take, parseComparison, parseCycle, parseDate, parseDecimal, parseDueDay, parseIndicatorKind, parseInterimTargets, parseMeasureKind, splitList,
  type IndicatorKindValue,
} from "./values";

export const PLAN_STRUCTURE_SHEET = "举措与指标";

export const PLAN_STRUCTURE_COLUMNS: ColumnSpec[] = [
  { key: "strategy", header: "战略编号", required: true, note: "必填。战略的编号，如 A、B、C；规划中还没有的编号须同时填写战略名称（新增战略）。", example: "A" },
  { key: "strategyName", header: "战略名称", note: "新增战略时必填，如“实施民生共享战略”；已有战略留空（不修改）。", example: "" },
  { key: "taskArea", header: "重点任务编号", required: true, note: "必填。该战略下重点任务的编号，如 A1；还没有的编号须同时填写重点任务名称（新增）。", example: "A1" },
  { key: "taskAreaName", header: "重点任务名称", note: "新增重点任务时必填，如“全面加快公共基础设施建设”；已有重点任务留空。", example: "" },
  { key: "code", header: "举措编号", required: true, note: "必填。已有编号即更新该举措，新编号即新增。字母、数字和 -。", example: "A1-90" },
  { key: "parent", header: "上级举措编号", note: "项目所属的举措（须已存在或在前面的行中新增）；已有举措不能改变上级。", example: "" },
  { key: "kind", header: "类型", note: "举措或项目；新增时默认为举措。", example: "举措" },
  { key: "title", header: "举措内容", note: "新增时必填，不超过 500 字；已有举措留空表示不修改。", example: "新建社区邻里中心3个" },
  { key: "lead", header: "牵头单位", note: "新增时必填。部门名称或代码。", example: "建设管理办公室" },
  { key: "departments", header: "责任单位", note: "部门名称或代码，多个用“、”分隔；牵头单位自动包含。填写后替换原有责任单位。", example: "社会事务管理办公室、党政办公室" },
  { key: "cycle", header: "填报周期", note: "每月或每季度；新增时默认每月。", example: "每季度" },
  { key: "dueDay", header: "截止日", note: "次月几日前填报，1–28；新增时默认 5。", example: "5" },
  { key: "weight", header: "权重", note: "在重点任务汇总中的权重，默认 1；0 表示不计入汇总。", example: "1" },
  { key: "indicatorCode", header: "指标编号", note: "有指标时填写：已有编号即更新，新编号即新增。", example: "A1-90-I1" },
  { key: "indicatorName", header: "指标名称", note: "新增指标时必填，不超过 100 字。", example: "社区邻里中心" },
  { key: "unit", header: "单位", note: "如 个、所、%；是否完成类留空。", example: "个" },
  { key: "indicatorKind", header: "指标类型", note: "数量、累计、百分比、是否完成；新增指标时必填。已有填报数据的指标不能改类型。", example: "数量" },
  { key: "baselineValue", header: "基期值", note: "新增时默认 0。", example: "0" },
  { key: "baselineDate", header: "基期日期", note: "新增时默认规划期开始前一天。", example: "2016-12-31" },
  { key: "targetValue", header: "目标值", note: "新增指标时必填；是否完成类为 1。", example: "3" },
  { key: "comparison", header: "比较方式", note: "≥（不少于，默认）、>（超过）、=（等于）、≤（不超过）。", example: "≥" },
  { key: "deadline", header: "完成期限", note: "新增时默认规划期结束日。", example: "2021-12-31" },
  { key: "interim", header: "分年度目标", note: "可选，如“2019:1；2020:2”。填写后替换原有分年度目标。", example: "2019:1；2020:2" },
  { key: "continues", header: "延续自", note: "可选。本举措延续的上一期规划举措的编号（如 A1-02），两期的举措页面互相链接。", example: "" },
];

const INDICATOR_KEYS = ["indicatorName", "unit", "indicatorKind", "baselineValue", "baselineDate", "targetValue", "comparison", "deadline", "interim"];

type Cycle = "MONTHLY" | "QUARTERLY";
type Cmp = "GTE" | "GT" | "EQ" | "LTE";

export type MeasureFields = {
  kind: "MEASURE" | "PROJECT"; title: string; leadDepartmentId: number; departmentIds: number[]; reportingCycle: Cycle; dueDay: number; weight: string;
  /** The measure of an earlier plan this one continues (延续). */
  continuesId?: number | null;
};
export type IndicatorFields = {
  name: string; unit: string; kind: IndicatorKindValue; baselineValue: string; baselineDate: IsoDate; targetValue: string; comparison: Cmp; deadline: IsoDate;
};

export type ExistingMeasure = MeasureFields & { id: number; code: string; taskAreaId: number; parentCode: string | null };
export type ExistingIndicator = IndicatorFields & { id: number; code: string; measureCode: string; hasValues: boolean; interim: { year: number; value: string }[] };

export type StructureContext = {
  planStart: IsoDate;
  planEnd: IsoDate;
  /** Strategy code → id, of the plan imported into. */
  strategies: Map<string, number>;
  /** "A|A1" → task area id. */
  taskAreas: Map<string, number>;
  /** Measure and indicator codes of other plans: codes are unique across plans. */
  otherPlanCodes: Set<string>;
  /** Measures of earlier plans a measure may continue, by code. */
  earlierMeasures: Map<string, { id: number; planName: string }>;
  /** Department code or name → id. */
  departments: Map<string, number>;
  measures: Map<string, ExistingMeasure>;
  indicators: Map<string, ExistingIndicator>;
};

export type MeasureChange = { line: number; code: string; create: boolean; taskAreaId: number; parentCode: string | null; fields: Partial<MeasureFields> };
export type IndicatorChange = {
  line: number; code: string; measureCode: string; create: boolean; fields: Partial<IndicatorFields>; interim: { year: number; value: string }[] | null;
};
export type { NewStrategy, NewTaskArea };
export type StructureCheck = {
  rows: RowResult[]; strategies: NewStrategy[]; taskAreas: NewTaskArea[]; measures: MeasureChange[]; indicators: IndicatorChange[];
};

const LABEL: Record<string, string> = {
  continuesId: "延续自", kind: "类型", title: "举措内容", leadDepartmentId: "牵头单位", departmentIds: "责任单位", reportingCycle: "填报周期", dueDay: "截止日", weight: "权重",
  name: "指标名称", unit: "单位", baselineValue: "基期值", baselineDate: "基期日期", targetValue: "目标值", comparison: "比较方式", deadline: "完成期限", interim: "分年度目标",
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);


export function checkPlanStructureRows(rows: ImportRow[], ctx: StructureContext): StructureCheck {
  const results: RowResult[] = [];
  const measures = new Map<string, MeasureChange & { seen: Partial<MeasureFields> }>();
  const indicators = new Map<string, IndicatorChange>();
  const newStrategies = new Map<string, NewStrategy>();
  const newAreas = new Map<string, NewTaskArea>();
  for (const { line, cells } of rows) {
    const errors: string[] = [];
    const row: RowResult = { line, ok: true, summary: "", errors };
    results.push(row);
    const parts: string[] = [];
    const taskAreaId = taskAreaOf(cells, ctx, { newStrategies, newAreas, errors, parts });
    if (!CODE.test(cells.code)) errors.push(cells.code ? "举措编号只能由字母、数字和 - 组成（不超过 32 位）" : "请填写举措编号");
    const fields = measureFields(cells, ctx, errors);
    if (errors.length || taskAreaId === undefined) continue;

    const code = cells.code;
    const given = { ...fields };
    const stored = ctx.measures.get(code);
    let change = measures.get(code);
    if (change) {
      // A later row of the same measure: what it repeats must agree with the first row.
      for (const [k, v] of Object.entries(given)) {
        const first = change.seen[k as keyof MeasureFields];
        if (first === undefined) errors.push(`${LABEL[k]}请填写在该举措第一次出现的行（第 ${change.line} 行）`);
        else if (!same(first, v)) errors.push(`${LABEL[k]}与第 ${change.line} 行不一致`);
      }
      if (change.taskAreaId !== taskAreaId) errors.push(`重点任务与第 ${change.line} 行不一致`);
    } else if (stored) {
      if (stored.taskAreaId !== taskAreaId) errors.push(`举措 ${code} 已属于其他重点任务，导入不能移动举措`);
      if (cells.parent && cells.parent !== stored.parentCode) errors.push(`举措 ${code} 的上级举措不能通过导入修改`);
      const lead = fields.leadDepartmentId ?? stored.leadDepartmentId;
      const depts = fields.departmentIds ?? (fields.leadDepartmentId !== undefined ? stored.departmentIds : undefined);
      if (depts) fields.departmentIds = [...new Set([lead, ...depts])].sort((a, b) => a - b);
      const diff = Object.fromEntries(Object.entries(fields).filter(([k, v]) => !same(stored[k as keyof MeasureFields], v))) as Partial<MeasureFields>;
      change = { line, code, create: false, taskAreaId, parentCode: stored.parentCode, fields: diff, seen: given };
      parts.push(Object.keys(diff).length ? `更新举措 ${code}（${Object.keys(diff).map((k) => LABEL[k]).join("、")}）` : `举措 ${code} 无变化`);
    } else {
      if (ctx.otherPlanCodes.has(code)) errors.push(`举措编号 ${code} 已被其他规划使用（各期规划的编号不能重复），请换一个编号，如加上规划期前缀`);
      if (!fields.title) errors.push("新增举措须填写举措内容");
      if (fields.leadDepartmentId === undefined) errors.push("新增举措须填写牵头单位");
      const parent = cells.parent ? ctx.measures.get(cells.parent) ?? measures.get(cells.parent) : undefined;
      if (cells.parent && !parent) errors.push(`未找到上级举措“${cells.parent}”（须已存在或在前面的行中新增）`);
      else if (parent && parent.taskAreaId !== taskAreaId) errors.push("上级举措须在同一重点任务下");
      const lead = fields.leadDepartmentId!;
      const created: Partial<MeasureFields> = {
        kind: "MEASURE", reportingCycle: "MONTHLY", dueDay: 5, weight: "1", ...fields,
        departmentIds: [...new Set([lead, ...(fields.departmentIds ?? [])])].sort((a, b) => a - b),
      };
      change = { line, code, create: true, taskAreaId, parentCode: cells.parent || null, fields: created, seen: given };
      parts.push(`新增举措 ${code}`);
    }
    if (!measures.has(code) && errors.length === 0) measures.set(code, change);
    if (change.line !== line) parts.push(`举措 ${code}（同第 ${change.line} 行）`);

    const indicator = indicatorChange(cells, code, line, ctx, indicators, errors);
    if (indicator) {
      indicators.set(indicator.code, indicator);
      const changed = [...Object.keys(indicator.fields), ...(indicator.interim ? ["interim"] : [])];
      parts.push(indicator.create ? `新增指标 ${indicator.code}` : changed.length ? `更新指标 ${indicator.code}（${changed.map((k) => LABEL[k]).join("、")}）` : `指标 ${indicator.code} 无变化`);
    }
    row.summary = parts.join("；");
  }
  for (const r of results) r.ok = r.errors.length === 0;
  return {
    rows: results,
    strategies: [...newStrategies.values()],
    taskAreas: [...newAreas.values()],
    measures: [...measures.values()].map(({ seen: _seen, ...m }) => m),
    indicators: [...indicators.values()],
  };
}

function measureFields(cells: Record<string, string>, ctx: StructureContext, errors: string[]): Partial<MeasureFields> {
  const dept = (name: string) => {
    const id = ctx.departments.get(name);
    if (id === undefined) errors.push(`未找到部门“${name}”`);
    return id;
  };
  const out: Partial<MeasureFields> = {};
  const set = <K extends keyof MeasureFields>(k: K, v: MeasureFields[K] | undefined) => v !== undefined && (out[k] = v);
  set("kind", take(cells.kind, parseMeasureKind, errors));
  set("title", take(cells.title, (s) => cleanText(s, "举措内容", 500), errors));
  if (cells.lead) set("leadDepartmentId", dept(cells.lead));
  if (cells.departments) {
    const ids = splitList(cells.departments).map(dept);
    if (ids.every((id) => id !== undefined)) out.departmentIds = [...new Set(ids as number[])].sort((a, b) => a - b);
  }
  set("reportingCycle", take(cells.cycle, parseCycle, errors));
  set("dueDay", take(cells.dueDay, parseDueDay, errors));
  set("weight", take(cells.weight, (s) => parseDecimal(s, "权重", 4), errors));
  if (cells.continues) {
    const earlier = ctx.earlierMeasures.get(cells.continues);
    if (earlier) out.continuesId = earlier.id;
    else errors.push(`未找到上一期规划中的举措“${cells.continues}”（延续自须填写更早规划的举措编号）`);
  }
  return out;
}

function indicatorChange(
  cells: Record<string, string>, measureCode: string, line: number, ctx: StructureContext, seen: Map<string, IndicatorChange>, errors: string[],
): IndicatorChange | null {
  const code = cells.indicatorCode;
  if (!code) {
    if (INDICATOR_KEYS.some((k) => cells[k])) errors.push("填写了指标内容，但没有填写指标编号");
    return null;
  }
  if (!CODE.test(code)) {
    errors.push("指标编号只能由字母、数字和 - 组成（不超过 32 位）");
    return null;
  }
  if (!ctx.indicators.has(code) && ctx.otherPlanCodes.has(code)) {
    errors.push(`指标编号 ${code} 已被其他规划使用（各期规划的编号不能重复）`);
    return null;
  }
  if (seen.has(code)) {
    errors.push(`指标编号 ${code} 在文件中重复（第 ${seen.get(code)!.line} 行）`);
    return null;
  }
  const stored = ctx.indicators.get(code);
  if (stored && stored.measureCode !== measureCode) {
    errors.push(`指标 ${code} 属于举措 ${stored.measureCode}，不能移到其他举措`);
    return null;
  }
  const given: Partial<IndicatorFields> = {};
  const set = <K extends keyof IndicatorFields>(k: K, v: IndicatorFields[K] | undefined) => v !== undefined && (given[k] = v);
  set("name", take(cells.indicatorName, (s) => cleanText(s, "指标名称", 100), errors));
  if (cells.unit) set("unit", take(cells.unit, (s) => cleanText(s, "单位", 10), errors));
  set("kind", take(cells.indicatorKind, parseIndicatorKind, errors));
  set("baselineValue", take(cells.baselineValue, (s) => parseDecimal(s, "基期值", 12), errors));
  set("baselineDate", take(cells.baselineDate, (s) => parseDate(s, "基期日期"), errors));
  set("targetValue", take(cells.targetValue, (s) => parseDecimal(s, "目标值", 12), errors));
  set("comparison", take(cells.comparison, parseComparison, errors));
  set("deadline", take(cells.deadline, (s) => parseDate(s, "完成期限"), errors));
  const interim = cells.interim ? take(cells.interim, parseInterimTargets, errors) ?? null : null;
  if (errors.length) return null;

  if (!stored) {
    if (!given.name) errors.push("新增指标须填写指标名称");
    if (!given.kind) errors.push("新增指标须填写指标类型");
    if (!given.targetValue) errors.push("新增指标须填写目标值");
  } else if (given.kind && given.kind !== stored.kind && stored.hasValues) {
    errors.push("该指标已有填报数据，不能修改指标类型");
  }
  const merged: IndicatorFields = {
    unit: "", baselineValue: "0", baselineDate: addDays(ctx.planStart, -1), comparison: "GTE", deadline: ctx.planEnd, name: "", kind: "COUNT", targetValue: "0",
    ...(stored ?? {}),
    ...given,
  };
  checkIndicator(merged, interim ?? stored?.interim ?? [], errors);
  if (errors.length) return null;
  const fields = stored
    ? (Object.fromEntries(Object.entries(given).filter(([k, v]) => !same(stored[k as keyof IndicatorFields], v))) as Partial<IndicatorFields>)
    : merged;
  const interimChanged = interim && (!stored || !same(stored.interim, interim)) ? interim : null;
  return { line, code, measureCode, create: !stored, fields, interim: interimChanged };
}

/** The database's invariants of an indicator (see the init migration), in words. */
function checkIndicator(i: IndicatorFields, interim: { year: number; value: string }[], errors: string[]) {
  const [base, target] = [Number(i.baselineValue), Number(i.targetValue)];
  if (i.kind === "PERCENT" && (base > 100 || target > 100)) errors.push("百分比指标的基期值和目标值不能超过 100");
  if (i.kind === "MILESTONE" && (target !== 1 || (base !== 0 && base !== 1))) errors.push("“是否完成”类指标的目标值须为 1，基期值为 0 或 1");
  if (i.deadline < i.baselineDate) errors.push("完成期限不能早于基期日期");
  const [from, to] = [Number(i.baselineDate.slice(0, 4)), Number(i.deadline.slice(0, 4))];
  for (const t of interim) if (t.year < from || t.year > to) errors.push(`分年度目标 ${t.year} 年不在基期和完成期限之间`);
}
