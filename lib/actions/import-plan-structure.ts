"use server";
import { loadStructureContext } from "@/lib/dal/import-context";
import { measureTag, publicTags } from "@/lib/cache-tags";
import { checkPlanStructureRows, PLAN_STRUCTURE_COLUMNS, PLAN_STRUCTURE_SHEET } from "@/lib/import/plan-structure";
import { readSpreadsheet } from "@/lib/import/read-spreadsheet";
import { rowErrors, type ImportResult } from "@/lib/import/result";
import { readCurrentPlan } from "@/lib/dal/current-plan";
import { ZStructureImportInput } from "@/lib/validation/import";
import { ActionRefusal, defineAction } from "./action";
import { getWritablePlanOrThrow } from "./plan-guard";
import { writeStructure } from "./import-writes";

/**
 * An admin imports a plan's structure (the chosen plan: a draft being prepared or the current
 * one; by default the current one; never a past one) — measures, projects, indicators and their targets —
 * from a spreadsheet. New codes are created, known ones updated; nothing is deleted or moved.
 * A dry run (the default) checks every row and writes nothing, not even an audit row (its
 * transaction is rolled back); an import writes everything in one transaction or nothing.
 */
export const importPlanStructure = defineAction({
  name: "plan_structure.import",
  roles: ["ADMIN"],
  schema: ZStructureImportInput,
  run: async ({ tx, input }) => {
    const planId = input.planId ?? (await readCurrentPlan(tx))?.id;
    if (planId === undefined) throw new ActionRefusal("目前没有现行规划：请先新建规划，再选择它导入。", "invalid", { planId: ["请选择规划"] });
    const plan = await getWritablePlanOrThrow(tx, planId, "edit");
    const read = await readSpreadsheet(new Uint8Array(await input.file.blob.arrayBuffer()), PLAN_STRUCTURE_COLUMNS, { sheetName: PLAN_STRUCTURE_SHEET });
    if (!read.ok) throw new ActionRefusal(read.message, "invalid", { file: [read.message] });
    const ctx = await loadStructureContext(tx, plan);
    const check = checkPlanStructureRows(read.rows, ctx);
    const invalid = check.rows.filter((r) => !r.ok).length;
    const count = (create: boolean, list: { create: boolean; fields: object; interim?: unknown }[]) =>
      list.filter((x) => x.create === create && (create || Object.keys(x.fields).length > 0 || Boolean(x.interim))).length;
    const [newMeasures, changedMeasures, newIndicators, changedIndicators] = [
      count(true, check.measures), count(false, check.measures), count(true, check.indicators), count(false, check.indicators),
    ];
    const groups = check.strategies.length || check.taskAreas.length ? `新增战略 ${check.strategies.length} 个、重点任务 ${check.taskAreas.length} 个；` : "";
    const summary = `规划“${plan.name}”共 ${check.rows.length} 行：${groups}新增举措 ${newMeasures} 项、更新 ${changedMeasures} 项；新增指标 ${newIndicators} 个、更新 ${changedIndicators} 个`;
    const result: ImportResult = { kind: "plan-structure", fileName: input.file.name, dryRun: input.dryRun, committed: false, rows: check.rows, invalid, skipped: 0, summary };
    if (input.dryRun) {
      return {
        readOnly: true,
        message: invalid ? `检查完成：${invalid} 行有误，请修改后重新检查。未写入任何数据。` : `检查通过：${summary}。确认无误后点击“导入”。`,
        data: result,
      };
    }
    if (invalid) throw new ActionRefusal(`有 ${invalid} 行有误，未导入任何数据。请先检查并修改。`, "invalid", rowErrors(check.rows));
    const existingIds = new Map([...ctx.measures.values()].map((m) => [m.code, m.id]));
    const written = await writeStructure(tx, { planId: plan.id, strategies: check.strategies, taskAreas: check.taskAreas, measures: check.measures, indicators: check.indicators, existingIds });
    const changed = check.strategies.length + check.taskAreas.length + newMeasures + changedMeasures + newIndicators + changedIndicators;
    return {
      message: changed ? `已导入：${summary}。` : "已导入：文件与现有规划结构一致，没有需要修改的内容。",
      data: { ...result, committed: true },
      tags: [...publicTags(), ...written.changedIds.map(measureTag)],
      audit: {
        objectType: "import",
        objectId: `plan_structure:${input.file.name}`,
        after: {
          plan: plan.id, file: input.file.name, format: read.format, rows: check.rows.length, strategies: check.strategies, taskAreas: check.taskAreas,
          measures: check.measures.filter((m) => m.create || Object.keys(m.fields).length).map((m) => ({ code: m.code, create: m.create, fields: m.fields })),
          indicators: check.indicators.filter((i) => i.create || Object.keys(i.fields).length || i.interim).map((i) => ({ code: i.code, create: i.create, fields: i.fields, interim: i.interim })),
        },
      },
    };
  },
});
