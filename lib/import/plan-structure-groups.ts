// The strategies and task areas a structure import adds to a plan (a new plan's first import
// names them): pure, as lib/import/plan-structure.ts, which calls it once per row.
import type { StructureContext } from "./plan-structure";
import { CODE, cleanText, take } from "./values";

/** A strategy or task area the import adds to the plan; a new task area has a negative id until written. */
export type NewStrategy = { code: string; name: string };
export type NewTaskArea = { id: number; strategyCode: string; code: string; name: string };

const NAMES_MAX = 100;

/**
 * The row's task area: one the plan has, or one the import adds (with its strategy, when that is
 * new too) when the row names it; the first row that adds one says so in its summary.
 */
export function taskAreaOf(
  cells: Record<string, string>, ctx: StructureContext,
  acc: { newStrategies: Map<string, NewStrategy>; newAreas: Map<string, NewTaskArea>; errors: string[]; parts: string[] },
): number | undefined {
  const { strategy, taskArea } = cells;
  if (!strategy || !taskArea) {
    acc.errors.push("请填写战略编号和重点任务编号");
    return undefined;
  }
  const key = `${strategy}|${taskArea}`;
  const known = ctx.taskAreas.get(key) ?? acc.newAreas.get(key)?.id;
  if (known !== undefined) return known;
  const hasStrategy = ctx.strategies.has(strategy) || acc.newStrategies.has(strategy);
  if (!hasStrategy && !cells.strategyName) {
    acc.errors.push(`未找到战略“${strategy}”下的重点任务“${taskArea}”（新增战略须填写战略名称）`);
    return undefined;
  }
  if (!cells.taskAreaName) {
    acc.errors.push(`未找到战略“${strategy}”下的重点任务“${taskArea}”（新增重点任务须填写重点任务名称）`);
    return undefined;
  }
  if (!CODE.test(strategy) || !CODE.test(taskArea)) {
    acc.errors.push("战略编号和重点任务编号只能由字母、数字和 - 组成（不超过 32 位）");
    return undefined;
  }
  const before = acc.errors.length;
  const strategyName = hasStrategy ? "" : take(cells.strategyName, (s) => cleanText(s, "战略名称", NAMES_MAX), acc.errors);
  const areaName = take(cells.taskAreaName, (s) => cleanText(s, "重点任务名称", NAMES_MAX), acc.errors);
  if (acc.errors.length > before || !areaName) return undefined;
  if (!hasStrategy && strategyName) {
    acc.newStrategies.set(strategy, { code: strategy, name: strategyName });
    acc.parts.push(`新增战略 ${strategy}`);
  }
  const area = { id: -(acc.newAreas.size + 1), strategyCode: strategy, code: taskArea, name: areaName };
  acc.newAreas.set(key, area);
  acc.parts.push(`新增重点任务 ${taskArea}`);
  return area.id;
}

