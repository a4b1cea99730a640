import "server-only";
import type { PlannedReport } from "@/lib/import/progress";
import type { IndicatorChange, MeasureChange, NewStrategy, NewTaskArea } from "@/lib/import/plan-structure";
import { carryEvidence } from "@/lib/evidence/store-evidence";
import type { Tx } from "./action";
import { markSubmitted } from "./pending-report";

// The writes of the two imports, in as few statements as the data allows: a file of 2,000 rows
// must fit the wrapper's transaction time limit on the embedded database too.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Submitted reports, as the report form makes them: values written as drafts, then submitted; the
 * revision of a returned report carries its evidence over. A period that got a pending report
 * since the check (another officer, just now) is refused by the database: a conflict.
 */
export async function writeImportedReports(
  tx: Tx,
  { authorId, reports, onRollback }: { authorId: number; reports: PlannedReport[]; onRollback: (undo: () => Promise<void>) => void },
): Promise<number[]> {
  const measureIds = [...new Set(reports.map((r) => r.measureId))];
  const versions = new Map((await tx.measure.findMany({ where: { id: { in: measureIds } }, select: { id: true, version: true } })).map((m) => [m.id, m.version]));
  const created = await tx.progressReport.createManyAndReturn({
    data: reports.map((r) => ({
      measureId: r.measureId, periodStart: day(r.start), periodEnd: day(r.end), status: r.status, narrative: r.narrative, authorId,
      basedOnVersion: versions.get(r.measureId)!, revisesId: r.revisesId,
    })),
    select: { id: true },
  });
  const ids = created.map((c) => c.id);
  const values = reports.flatMap((r, i) => r.values.map((v) => ({ reportId: ids[i], indicatorId: v.indicatorId, value: v.value })));
  if (values.length) await tx.progressValue.createMany({ data: values });
  for (const [i, r] of reports.entries()) {
    if (r.revisesId) await carryEvidence(tx, { fromReportId: r.revisesId, toReportId: ids[i], drop: [], onRollback });
  }
  await markSubmitted(tx, ids);
  await tx.measure.updateMany({ where: { id: { in: measureIds } }, data: { version: { increment: 1 } } });
  return ids;
}

/** New strategies and task areas of the plan, after those it has; their ids by the check's temporary ones. */
async function writeGroups(tx: Tx, planId: number, strategies: NewStrategy[], taskAreas: NewTaskArea[]): Promise<Map<number, number>> {
  const areaIds = new Map<number, number>();
  if (strategies.length === 0 && taskAreas.length === 0) return areaIds;
  const maxOrder = (await tx.strategy.aggregate({ where: { planId }, _max: { order: true } }))._max.order ?? -1;
  for (const [k, s] of strategies.entries()) {
    await tx.strategy.create({ data: { planId, code: s.code, name: s.name, aim: "", order: maxOrder + 1 + k }, select: { id: true } });
  }
  const strategyIds = new Map((await tx.strategy.findMany({ where: { planId }, select: { id: true, code: true } })).map((s) => [s.code, s.id]));
  const nextOrder = new Map<number, number>();
  for (const a of taskAreas) {
    const strategyId = strategyIds.get(a.strategyCode)!;
    const order = nextOrder.get(strategyId) ?? ((await tx.taskArea.aggregate({ where: { strategyId }, _max: { order: true } }))._max.order ?? -1) + 1;
    nextOrder.set(strategyId, order + 1);
    const row = await tx.taskArea.create({ data: { strategyId, code: a.code, name: a.name, order }, select: { id: true } });
    areaIds.set(a.id, row.id);
  }
  return areaIds;
}

/**
 * New strategies and task areas, new and changed measures and indicators; every measure touched
 * moves to its next version.
 */
export async function writeStructure(
  tx: Tx,
  args: { planId: number; strategies: NewStrategy[]; taskAreas: NewTaskArea[]; measures: MeasureChange[]; indicators: IndicatorChange[]; existingIds: Map<string, number> },
) {
  const areaIds = await writeGroups(tx, args.planId, args.strategies, args.taskAreas);
  const areaOf = (id: number) => (id < 0 ? areaIds.get(id)! : id);
  const ids = new Map(args.existingIds);
  const touched = new Set<number>();
  const nextOrder = new Map<string, number>();
  const orderFor = async (key: string, read: () => Promise<number | null>) => {
    const next = nextOrder.get(key) ?? ((await read()) ?? -1) + 1;
    nextOrder.set(key, next + 1);
    return next;
  };
  for (const m of args.measures) {
    const { departmentIds, ...fields } = m.fields;
    if (m.create) {
      const parentId = m.parentCode ? ids.get(m.parentCode)! : null;
      const taskAreaId = areaOf(m.taskAreaId);
      const order = await orderFor(`m:${taskAreaId}:${parentId}`, async () =>
        (await tx.measure.aggregate({ where: { taskAreaId, parentId }, _max: { order: true } }))._max.order);
      const row = await tx.measure.create({
        data: {
          code: m.code, taskAreaId, parentId, order, kind: fields.kind!, title: fields.title!, leadDepartmentId: fields.leadDepartmentId!,
          reportingCycle: fields.reportingCycle, dueDay: fields.dueDay, weight: fields.weight, continuesId: fields.continuesId ?? null,
          departments: { create: (departmentIds ?? []).map((departmentId) => ({ departmentId })) },
        },
        select: { id: true },
      });
      ids.set(m.code, row.id);
    } else if (Object.keys(m.fields).length) {
      const id = ids.get(m.code)!;
      await tx.measure.update({
        where: { id },
        data: { ...fields, ...(departmentIds && { departments: { deleteMany: {}, create: departmentIds.map((departmentId) => ({ departmentId })) } }) },
      });
      touched.add(id);
    }
  }
  for (const i of args.indicators) {
    const measureId = ids.get(i.measureCode)!;
    const f = i.fields;
    const dates = { ...(f.baselineDate && { baselineDate: day(f.baselineDate) }), ...(f.deadline && { deadline: day(f.deadline) }) };
    const interim = i.interim && { interimTargets: { ...(i.create ? {} : { deleteMany: {} }), create: i.interim.map((t) => ({ year: t.year, value: t.value })) } };
    if (i.create) {
      const order = await orderFor(`i:${measureId}`, async () => (await tx.indicator.aggregate({ where: { measureId }, _max: { order: true } }))._max.order);
      await tx.indicator.create({
        data: {
          code: i.code, measureId, order, name: f.name!, unit: f.unit ?? "", kind: f.kind!, baselineValue: f.baselineValue!, targetValue: f.targetValue!,
          comparison: f.comparison, baselineDate: dates.baselineDate!, deadline: dates.deadline!, ...interim,
        },
      });
    } else if (Object.keys(f).length || interim) {
      const { baselineDate: _b, deadline: _d, ...rest } = f;
      await tx.indicator.update({ where: { code: i.code }, data: { ...rest, ...dates, ...interim } });
    } else continue;
    touched.add(measureId);
  }
  const existing = new Set(args.existingIds.values());
  const bump = [...touched].filter((id) => existing.has(id));
  if (bump.length) await tx.measure.updateMany({ where: { id: { in: bump } }, data: { version: { increment: 1 } } });
  return { created: args.measures.filter((m) => m.create).length, changedIds: bump };
}
