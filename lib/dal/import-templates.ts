import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { getCurrentPlanId } from "./current-plan";
import { PLAN_STRUCTURE_COLUMNS, PLAN_STRUCTURE_SHEET } from "@/lib/import/plan-structure";
import { PROGRESS_COLUMNS, PROGRESS_SHEET } from "@/lib/import/progress";
import type { TemplateSpec } from "@/lib/import/templates";
import { measureScope } from "./scope";

// The import templates, pre-filled with what the user already has: the whole plan structure for
// an admin (edit and import it back: unchanged rows change nothing), the officer's own measures
// and indicators for progress (fill in the period, values, status and narrative).

const day = (d: Date) => d.toISOString().slice(0, 10);
const num = (d: { toString(): string }) => Number(d.toString());
const CYCLE = { MONTHLY: "每月", QUARTERLY: "每季度" } as const;
const KIND = { MEASURE: "举措", PROJECT: "项目" } as const;
const INDICATOR_KIND = { COUNT: "数量", CUMULATIVE: "累计", PERCENT: "百分比", MILESTONE: "是否完成" } as const;
const CMP = { GTE: "≥", GT: ">", EQ: "=", LTE: "≤" } as const;

const measureSelect = {
  code: true, kind: true, title: true, reportingCycle: true, dueDay: true, weight: true,
  leadDepartment: { select: { name: true } },
  departments: { select: { department: { select: { id: true, name: true } } } },
  indicators: {
    orderBy: { order: "asc" },
    select: {
      code: true, name: true, unit: true, kind: true, baselineValue: true, baselineDate: true, targetValue: true, comparison: true, deadline: true,
      interimTargets: { orderBy: { year: "asc" }, select: { year: true, value: true } },
    },
  },
} as const;

/** The structure of `planId` (default: the current plan), filled in for editing and re-import. */
export async function planStructureTemplate(planId?: number): Promise<TemplateSpec> {
  const strategies = await getDb().strategy.findMany({
    where: { planId: planId ?? (await getCurrentPlanId()) },
    orderBy: { order: "asc" },
    select: {
      code: true,
      taskAreas: {
        orderBy: { order: "asc" },
        select: {
          code: true,
          measures: {
            where: { parentId: null },
            orderBy: { order: "asc" },
            select: { ...measureSelect, children: { orderBy: { order: "asc" }, select: measureSelect } },
          },
        },
      },
    },
  });
  type M = (typeof strategies)[number]["taskAreas"][number]["measures"][number];
  const rows: Record<string, string | number>[] = [];
  const emit = (strategy: string, area: string, m: Omit<M, "children">, parent: string) => {
    const base = {
      strategy, taskArea: area, code: m.code, parent, kind: KIND[m.kind], title: m.title, lead: m.leadDepartment.name,
      departments: m.departments.map((d) => d.department).sort((a, b) => a.id - b.id).map((d) => d.name).join("、"),
      cycle: CYCLE[m.reportingCycle], dueDay: m.dueDay, weight: num(m.weight),
    };
    if (m.indicators.length === 0) rows.push(base);
    m.indicators.forEach((i, k) => rows.push({
      // The measure's columns once, on its first row: later rows only name it.
      ...(k === 0 ? base : { strategy, taskArea: area, code: m.code }),
      indicatorCode: i.code, indicatorName: i.name, unit: i.unit, indicatorKind: INDICATOR_KIND[i.kind], baselineValue: num(i.baselineValue),
      baselineDate: day(i.baselineDate), targetValue: num(i.targetValue), comparison: CMP[i.comparison], deadline: day(i.deadline),
      interim: i.interimTargets.map((t) => `${t.year}:${num(t.value)}`).join("；"),
    }));
  };
  for (const s of strategies) for (const a of s.taskAreas) for (const m of a.measures) {
    emit(s.code, a.code, m, "");
    for (const c of m.children) emit(s.code, a.code, c, m.code);
  }
  return {
    title: "规划结构导入模板（举措、项目、指标与目标）",
    sheet: PLAN_STRUCTURE_SHEET,
    columns: PLAN_STRUCTURE_COLUMNS,
    rows,
    intro: "第一个工作表已填入现有的规划结构：修改后导入即更新，新增行即新增举措或指标；不会删除任何内容。未修改的行导入时显示“无变化”。",
  };
}

export async function progressTemplate(actor: Actor): Promise<TemplateSpec> {
  const measures = await getDb().measure.findMany({
    where: { ...measureScope(actor), taskArea: { strategy: { planId: await getCurrentPlanId() } } },
    orderBy: { code: "asc" },
    select: { code: true, title: true, indicators: { where: { derivedFromChildren: false }, orderBy: { order: "asc" }, select: { code: true, name: true, unit: true } } },
  });
  const rows = measures.flatMap((m) =>
    m.indicators.length
      ? m.indicators.map((i) => ({ measureCode: m.code, measureTitle: m.title, indicatorCode: i.code, indicatorName: i.name, unit: i.unit }))
      : [{ measureCode: m.code, measureTitle: m.title }],
  );
  return {
    title: "进展填报导入模板",
    sheet: PROGRESS_SHEET,
    columns: PROGRESS_COLUMNS,
    rows,
    intro: "第一个工作表已列出本部门负责的举措和指标。填写要报的行的填报期、本期数值、进展状态和进展情况说明；不报的行留空即可，导入时跳过。同一举措同一期的各行合为一份填报，提交分管领导审核。",
  };
}
