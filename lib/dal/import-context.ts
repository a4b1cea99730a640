import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { ActionRefusal, type Tx } from "@/lib/actions/action";
import type { IsoDate } from "@/lib/domain";
import { periodContaining } from "@/lib/domain/reporting-cycle";
import type { ProgressContext, ProgressMeasure } from "@/lib/import/progress";
import type { ExistingIndicator, ExistingMeasure, StructureContext } from "@/lib/import/plan-structure";
import { readCurrentPlan } from "./current-plan";
import { measureScope } from "./scope";

// What the import checks need to know of the database, read inside the import's transaction so
// that the check and the writes see the same state.

const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const money = (d: { toString(): string }) => String(Number(d.toString()));

/** Progress is reported on the current plan only; no current plan means nothing to report on. */
async function currentPlanBounds(tx: Tx) {
  const plan = await readCurrentPlan(tx);
  if (!plan) throw new ActionRefusal("目前没有现行规划，无法导入进展。", "conflict");
  return { id: plan.id, planStart: plan.startDate, planEnd: plan.endDate };
}

/** The officer's measures with their indicators, and the periods already waiting for review. */
export async function loadProgressContext(tx: Tx, actor: Actor, today: IsoDate): Promise<ProgressContext> {
  // One after the other: a transaction is one connection.
  const { id: planId, planStart, planEnd } = await currentPlanBounds(tx);
  const rows = await tx.measure.findMany({
      where: { ...measureScope(actor), taskArea: { strategy: { planId } } },
      select: {
        id: true, code: true, title: true, reportingCycle: true,
        indicators: { orderBy: { order: "asc" }, select: { id: true, code: true, name: true, unit: true, kind: true, derivedFromChildren: true } },
        reports: {
          where: { OR: [{ reviewState: "SUBMITTED" }, { reviewState: "RETURNED", revisedBy: null }] },
          select: { id: true, periodEnd: true, reviewState: true },
        },
      },
    });
  const measures = new Map<string, ProgressMeasure>();
  for (const m of rows) {
    const key = (d: Date) => periodContaining(m.reportingCycle, isoDay(d)).key;
    measures.set(m.code, {
      id: m.id, code: m.code, title: m.title, cycle: m.reportingCycle, indicators: m.indicators,
      pending: new Set(m.reports.filter((r) => r.reviewState === "SUBMITTED").map((r) => key(r.periodEnd))),
      returned: new Map(m.reports.filter((r) => r.reviewState === "RETURNED").map((r) => [key(r.periodEnd), r.id])),
    });
  }
  return { measures, planStart, planEnd, today };
}

/**
 * A plan's whole structure, departments, the indicators that have reported values, and the codes
 * other plans hold (codes are unique across plans) with the measures a new one may continue.
 */
export async function loadStructureContext(tx: Tx, plan: { id: number; startDate: Date; endDate: Date }): Promise<StructureContext & { planId: number }> {
  const { id: planId } = plan;
  const [planStart, planEnd] = [isoDay(plan.startDate), isoDay(plan.endDate)];
  const strategies = await tx.strategy.findMany({ where: { planId }, select: { id: true, code: true } });
  const areas = await tx.taskArea.findMany({ where: { strategy: { planId } }, select: { id: true, code: true, strategy: { select: { code: true } } } });
  const elsewhere = { taskArea: { strategy: { planId: { not: planId } } } };
  const otherMeasures = await tx.measure.findMany({
    where: elsewhere,
    select: { id: true, code: true, taskArea: { select: { strategy: { select: { plan: { select: { name: true, startDate: true } } } } } } },
  });
  const otherIndicators = await tx.indicator.findMany({ where: { measure: elsewhere }, select: { code: true } });
  const departments = await tx.department.findMany({ select: { id: true, code: true, name: true } });
  const measures = await tx.measure.findMany({
      where: { taskArea: { strategy: { planId } } },
      select: {
        id: true, code: true, kind: true, title: true, taskAreaId: true, leadDepartmentId: true, reportingCycle: true, dueDay: true, weight: true,
        continuesId: true, parent: { select: { code: true } }, departments: { select: { departmentId: true } },
      },
    });
  const indicators = await tx.indicator.findMany({
      where: { measure: { taskArea: { strategy: { planId } } } },
      select: {
        id: true, code: true, name: true, unit: true, kind: true, baselineValue: true, baselineDate: true, targetValue: true, comparison: true, deadline: true,
        measure: { select: { code: true } },
        interimTargets: { orderBy: { year: "asc" }, select: { year: true, value: true } },
        values: { take: 1, select: { reportId: true } },
      },
    });
  return {
    planId,
    planStart,
    planEnd,
    strategies: new Map(strategies.map((s) => [s.code, s.id])),
    taskAreas: new Map(areas.map((a) => [`${a.strategy.code}|${a.code}`, a.id])),
    otherPlanCodes: new Set([...otherMeasures.map((m) => m.code), ...otherIndicators.map((i) => i.code)]),
    earlierMeasures: new Map(
      otherMeasures
        .filter((m) => isoDay(m.taskArea.strategy.plan.startDate) < planStart)
        .map((m) => [m.code, { id: m.id, planName: m.taskArea.strategy.plan.name }]),
    ),
    departments: new Map(departments.flatMap((d) => [[d.code, d.id], [d.name, d.id]] as [string, number][])),
    measures: new Map(
      measures.map((m): [string, ExistingMeasure] => [m.code, {
        id: m.id, code: m.code, taskAreaId: m.taskAreaId, parentCode: m.parent?.code ?? null, kind: m.kind, title: m.title, leadDepartmentId: m.leadDepartmentId,
        departmentIds: m.departments.map((d) => d.departmentId).sort((a, b) => a - b), reportingCycle: m.reportingCycle, dueDay: m.dueDay, weight: money(m.weight),
        continuesId: m.continuesId,
      }]),
    ),
    indicators: new Map(
      indicators.map((i): [string, ExistingIndicator] => [i.code, {
        id: i.id, code: i.code, measureCode: i.measure.code, name: i.name, unit: i.unit, kind: i.kind, baselineValue: money(i.baselineValue),
        baselineDate: isoDay(i.baselineDate), targetValue: money(i.targetValue), comparison: i.comparison, deadline: isoDay(i.deadline),
        hasValues: i.values.length > 0, interim: i.interimTargets.map((t) => ({ year: t.year, value: money(t.value) })),
      }]),
    ),
  };
}
