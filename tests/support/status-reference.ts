// The brute-force status engine the SQL one is held to: loads a plan's rows into memory and
// judges them with the oracle (tests/support/status-oracle), one measure at a time. For tests
// only (it reads every report).
import type { IndicatorSpec, IsoDate, Judgement, ReportedStatus, Status, Thresholds } from "@/lib/domain";
import { rollUp, type RollUp } from "./status-oracle/roll-up";
import { judgeIndicator, judgeMeasure, judgeMilestones, type MeasureJudgement } from "./status-oracle/status";
import type { Db } from "@/lib/prisma-client";

const day = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export async function loadPlan(db: Db, planId: number) {
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      startDate: true,
      endDate: true,
      strategies: {
        select: {
          id: true, weight: true,
          taskAreas: {
            select: {
              id: true, weight: true,
              measures: {
                select: {
                  id: true, parentId: true, weight: true, dueDay: true,
                  indicators: {
                    orderBy: { order: "asc" },
                    select: {
                      id: true, name: true, unit: true, kind: true, comparison: true, baselineValue: true, baselineDate: true, targetValue: true,
                      deadline: true, derivedFromChildren: true, interimTargets: { select: { year: true, value: true } },
                    },
                  },
                  milestones: { orderBy: { order: "asc" }, select: { name: true, plannedDate: true, actualDate: true } },
                  reports: {
                    select: {
                      id: true, periodEnd: true, status: true, reviewState: true, submittedAt: true, reviewedAt: true, percentComplete: true,
                      values: { select: { indicatorId: true, value: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  const measures = plan.strategies.flatMap((s) =>
    s.taskAreas.flatMap((t) =>
      t.measures.map((m) => ({
        id: m.id,
        parentId: m.parentId,
        taskAreaId: t.id,
        weight: Number(m.weight),
        dueDay: m.dueDay,
        indicators: m.indicators.map((i) => ({
          id: i.id,
          derived: i.derivedFromChildren,
          spec: {
            name: i.name, unit: i.unit, kind: i.kind, comparison: i.comparison, baselineValue: Number(i.baselineValue), baselineDate: day(i.baselineDate),
            targetValue: Number(i.targetValue), deadline: day(i.deadline), interimTargets: i.interimTargets.map((t) => ({ year: t.year, value: Number(t.value) })),
          } satisfies IndicatorSpec,
        })),
        milestones: m.milestones.map((ms) => ({ name: ms.name, plannedDate: day(ms.plannedDate), actualDate: ms.actualDate ? day(ms.actualDate) : null })),
        reports: m.reports.map((r) => ({
          id: r.id, periodEnd: day(r.periodEnd), status: r.status as ReportedStatus, reviewState: r.reviewState, percentComplete: r.percentComplete,
          submittedAt: r.submittedAt, reviewedAt: r.reviewedAt, values: new Map(r.values.map((v) => [v.indicatorId, Number(v.value)])),
        })),
      })),
    ),
  );
  return {
    planStart: day(plan.startDate),
    planEnd: day(plan.endDate),
    strategies: plan.strategies.map((s) => ({ id: s.id, weight: Number(s.weight), taskAreas: s.taskAreas.map((t) => ({ id: t.id, weight: Number(t.weight) })) })),
    measures,
  };
}

export type PlanData = Awaited<ReturnType<typeof loadPlan>>;
type MeasureData = PlanData["measures"][number];

export type ReferenceMeasure = MeasureJudgement & {
  /** Each indicator's own judgement, and the milestones'. */
  indicatorParts: { indicatorId: number; status: Status; reason: string }[];
  milestonePart: Judgement | null;
  deadline: IsoDate | null;
  nextDeadline: IsoDate | null;
  nextItem: string | null;
  lastApprovedAt: string | null;
  reportsDue: number;
  reportsOnTime: number;
};

/** The first day of the month after `periodEnd`, plus dueDay − 1: the day the report is due. */
export function dueDate(periodEnd: IsoDate, dueDay: number): IsoDate {
  const [y, m] = periodEnd.split("-").map(Number);
  return new Date(Date.UTC(y, m, dueDay)).toISOString().slice(0, 10);
}
const shanghaiDay = (t: Date): IsoDate => new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Every measure of the plan on `asOf`, judged by lib/domain. */
export function referenceMeasures(plan: PlanData, asOf: IsoDate, thresholds: Thresholds): Map<number, ReferenceMeasure> {
  const { planStart, planEnd } = plan;
  const approved = (m: MeasureData) =>
    m.reports
      .filter((r) => r.reviewState === "APPROVED" && r.periodEnd <= asOf)
      .sort((a, b) => (a.periodEnd === b.periodEnd ? b.id - a.id : a.periodEnd < b.periodEnd ? 1 : -1));
  const milestonesOf = (m: MeasureData) => (m.milestones.length ? judgeMilestones({ milestones: m.milestones, asOf, planEnd, thresholds }) : null);
  const judgeOwn = (m: MeasureData, indicators: (Judgement & { numeric: boolean })[]) => {
    const latest = approved(m)[0];
    const percent = approved(m).find((r) => r.percentComplete !== null)?.percentComplete ?? null;
    return judgeMeasure({
      indicators, milestones: milestonesOf(m), hasApprovedReport: latest !== undefined, reportedStatus: latest?.status ?? null,
      reportedPercent: percent, asOf, planStart, planEnd,
    });
  };
  const indicatorJudgement = (i: MeasureData["indicators"][number], actual: number | null) => ({
    ...judgeIndicator({ spec: i.spec, actual, asOf, planStart, thresholds }),
    numeric: i.spec.kind !== "MILESTONE",
  });
  const reportedValue = (m: MeasureData, indicatorId: number) => {
    const r = approved(m).find((x) => x.values.has(indicatorId));
    return r ? r.values.get(indicatorId)! : null;
  };

  // Children are judged on their own indicators and milestones for their parent's derived ones.
  const stage1 = new Map(
    plan.measures.map((m) => [m.id, judgeOwn(m, m.indicators.filter((i) => !i.derived).map((i) => indicatorJudgement(i, reportedValue(m, i.id))))]),
  );
  const out = new Map<number, ReferenceMeasure>();
  for (const m of plan.measures) {
    const children = plan.measures.filter((c) => c.parentId === m.id);
    const done = children.filter((c) => stage1.get(c.id)!.status === "DONE").length;
    const parts = m.indicators.map((i) => {
      const actual = i.derived ? (i.spec.kind === "MILESTONE" ? (children.length > 0 && done === children.length ? 1 : 0) : done) : reportedValue(m, i.id);
      return { i, j: indicatorJudgement(i, actual) };
    });
    const judged = judgeOwn(m, parts.map((p) => p.j));

    type Due = { date: IsoDate; name: string; pos: number; sub: number };
    const open: Due[] = parts.filter((p) => p.j.status !== "DONE").map((p, k) => ({ date: p.i.spec.deadline, name: p.i.spec.name, pos: k, sub: 0 }));
    const sortedMs = m.milestones.map((ms, k) => ({ ...ms, k })).sort((a, b) => (a.plannedDate === b.plannedDate ? a.k - b.k : a.plannedDate < b.plannedDate ? -1 : 1));
    sortedMs.forEach((ms, k) => {
      if (ms.actualDate === null || ms.actualDate > asOf) open.push({ date: ms.plannedDate, name: ms.name, pos: 1e9, sub: k });
    });
    const byDate = (a: Due, b: Due) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.pos - b.pos || a.sub - b.sub);
    const next = open.filter((o) => o.date >= asOf).sort(byDate)[0];
    const submitted = m.reports.filter((r) => r.submittedAt !== null).map((r) => ({ due: dueDate(r.periodEnd, m.dueDay), on: shanghaiDay(r.submittedAt!) }));
    const counted = submitted.filter((r) => r.due <= asOf);
    out.set(m.id, {
      ...judged,
      indicatorParts: parts.map((p) => ({ indicatorId: p.i.id, status: p.j.status, reason: p.j.reason })),
      milestonePart: milestonesOf(m),
      deadline: open.sort(byDate)[0]?.date ?? null,
      nextDeadline: next?.date ?? null,
      nextItem: next?.name ?? null,
      lastApprovedAt: approved(m)[0]?.reviewedAt?.toISOString() ?? null,
      reportsDue: counted.length,
      reportsOnTime: counted.filter((r) => r.on <= r.due).length,
    });
  }
  return out;
}

export type ReferenceRollup = RollUp;

/**
 * Task areas, strategies and the plan: each rolls up the measures and projects under it, each
 * weighing measure weight × task-area weight × strategy weight.
 */
export function referenceRollups(plan: PlanData, measures: Map<number, ReferenceMeasure>, laggingShare = 0.2, riskShare = 0.1) {
  const areaWeight = new Map(plan.strategies.flatMap((s) => s.taskAreas.map((t) => [t.id, { strategyId: s.id, w: s.weight * t.weight }] as const)));
  const items = [...plan.measures]
    .sort((a, b) => a.id - b.id)
    .map((m) => {
      const area = areaWeight.get(m.taskAreaId)!;
      const j = measures.get(m.id)!;
      return { taskAreaId: m.taskAreaId, strategyId: area.strategyId, status: j.status, progress: j.progress, weight: m.weight * area.w };
    });
  const areas = new Map<number, ReferenceRollup>();
  const strategies = new Map<number, ReferenceRollup>();
  for (const s of plan.strategies) {
    for (const t of s.taskAreas) areas.set(t.id, rollUp(items.filter((i) => i.taskAreaId === t.id), { laggingShare, riskShare }));
    strategies.set(s.id, rollUp(items.filter((i) => i.strategyId === s.id), { laggingShare, riskShare }));
  }
  return { areas, strategies, plan: rollUp(items, { laggingShare, riskShare }) };
}
