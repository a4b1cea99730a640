import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import { measureTag, PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import { expectedValueAt, type IndicatorSpec, type Status } from "@/lib/domain";
import { shanghaiDate } from "@/lib/domain/reporting-cycle";
import { getMeasureParts, getMeasureStatuses } from "@/lib/dal/status";
import { isoDay, publicAsOf, todayInShanghai } from "./as-of";

/** Only what the public may see of a measure: approved data, no people, no review comments. */
export type PublicMeasure = {
  code: string;
  kind: "MEASURE" | "PROJECT";
  title: string;
  strategy: { code: string; name: string };
  taskArea: { code: string; name: string };
  parent: { code: string; title: string } | null;
  children: { code: string; title: string; done: boolean }[];
  leadDepartment: string;
  departments: string[];
  asOf: string;
  status: Status;
  progress: number;
  reason: string;
  indicators: {
    code: string; name: string; unit: string; kind: string; comparison: string;
    baseline: number; baselineDate: string; target: number; deadline: string;
    current: number | null; expected: number; status: Status; reason: string;
    trend: { date: string; value: number }[];
  }[];
  milestones: { name: string; plannedDate: string; actualDate: string | null }[];
  history: {
    period: string; approvedOn: string; status: string; narrative: string; isDemo: boolean;
    values: { indicator: string; value: number; unit: string }[];
    /** Milestones this report said were reached, with the day. */
    milestones: { name: string; date: string }[];
  }[];
  evidence: { id: number; fileName: string }[];
  lastUpdated: string | null;
};

const approved = { reviewState: "APPROVED" as const };

/**
 * One measure's public page data. Its statuses are the status engine's (SQL), as on the strategy
 * page and the dashboards: one statement for the measure, then its status row and its parts.
 */
export async function getPublicMeasure(code: string): Promise<PublicMeasure | null> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const m = await getDb().measure.findUnique({
    where: { code },
    select: {
      id: true, code: true, kind: true, title: true,
      taskArea: { select: { code: true, name: true, strategy: { select: { code: true, name: true, plan: { select: { id: true, endDate: true } } } } } },
      parent: { select: { code: true, title: true } },
      children: { orderBy: { order: "asc" }, select: { code: true, title: true, milestones: { select: { actualDate: true } } } },
      leadDepartment: { select: { name: true } },
      departments: { select: { department: { select: { name: true } } } },
      milestones: { orderBy: { order: "asc" }, select: { name: true, plannedDate: true, actualDate: true } },
      indicators: {
        orderBy: { order: "asc" },
        select: {
          id: true, code: true, name: true, unit: true, kind: true, comparison: true, baselineValue: true, baselineDate: true,
          targetValue: true, deadline: true, derivedFromChildren: true, interimTargets: { select: { year: true, value: true } },
        },
      },
      reports: {
        where: approved,
        orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
        select: {
          periodEnd: true, reviewedAt: true, status: true, narrative: true, isDemo: true,
          values: { select: { indicatorId: true, value: true } },
          milestones: { orderBy: { actualDate: "asc" }, select: { actualDate: true, milestone: { select: { name: true } } } },
          attachments: { where: { isPublic: true }, select: { id: true, fileName: true } },
        },
      },
    },
  });
  if (!m) return null;
  cacheTag(measureTag(m.id));
  const plan = m.taskArea.strategy.plan;
  const asOf = publicAsOf(isoDay(plan.endDate), todayInShanghai());
  const [[row], parts] = await Promise.all([
    getMeasureStatuses({ planId: plan.id, asOf, measureIds: [m.id] }),
    getMeasureParts({ planId: plan.id, asOf, measureId: m.id }),
  ]);
  const judged = new Map(parts.indicators.map((p) => [p.indicatorId, p]));

  const childrenDone = m.children.map((c) => ({
    code: c.code,
    title: c.title,
    // A project is finished when its last milestone is reached.
    done: c.milestones.length > 0 && c.milestones.every((ms) => ms.actualDate !== null && isoDay(ms.actualDate) <= asOf),
  }));
  const indicators = m.indicators.map((i) => {
    const spec: IndicatorSpec = {
      kind: i.kind, comparison: i.comparison, baselineValue: Number(i.baselineValue), baselineDate: isoDay(i.baselineDate),
      targetValue: Number(i.targetValue), deadline: isoDay(i.deadline), unit: i.unit, name: i.name,
      interimTargets: i.interimTargets.map((t) => ({ year: t.year, value: Number(t.value) })),
    };
    const trend = i.derivedFromChildren
      ? []
      : m.reports.flatMap((r) => r.values.filter((v) => v.indicatorId === i.id).map((v) => ({ date: isoDay(r.periodEnd), value: Number(v.value) })));
    const current = i.derivedFromChildren ? childrenDone.filter((c) => c.done).length : trend.at(-1)?.value ?? null;
    const part = judged.get(i.id);
    return {
      code: i.code, name: i.name, unit: i.unit, kind: i.kind, comparison: i.comparison,
      baseline: spec.baselineValue, baselineDate: spec.baselineDate, target: spec.targetValue, deadline: spec.deadline,
      current, expected: expectedValueAt(spec, asOf), status: part?.status ?? "NOT_STARTED", reason: part?.reason ?? "", trend,
    };
  });
  const milestones = m.milestones.map((ms) => ({ name: ms.name, plannedDate: isoDay(ms.plannedDate), actualDate: ms.actualDate ? isoDay(ms.actualDate) : null }));
  const names = new Map(m.indicators.map((i) => [i.id, i]));
  return {
    code: m.code, kind: m.kind, title: m.title,
    strategy: { code: m.taskArea.strategy.code, name: m.taskArea.strategy.name },
    taskArea: { code: m.taskArea.code, name: m.taskArea.name },
    parent: m.parent,
    children: childrenDone,
    leadDepartment: m.leadDepartment.name,
    departments: m.departments.map((d) => d.department.name),
    asOf,
    status: row?.status ?? "NOT_STARTED",
    progress: row?.progress ?? 0,
    reason: row?.reason ?? "",
    indicators,
    milestones,
    history: m.reports
      .map((r) => ({
        period: isoDay(r.periodEnd).slice(0, 7),
        approvedOn: r.reviewedAt ? shanghaiDate(r.reviewedAt) : "",
        status: r.status,
        narrative: r.narrative,
        isDemo: r.isDemo,
        values: r.values.map((v) => ({ indicator: names.get(v.indicatorId)?.name ?? "", unit: names.get(v.indicatorId)?.unit ?? "", value: Number(v.value) })),
        milestones: r.milestones.map((ms) => ({ name: ms.milestone.name, date: isoDay(ms.actualDate) })),
      }))
      .reverse(),
    evidence: m.reports.flatMap((r) => r.attachments),
    lastUpdated: m.reports.reduce<string | null>((max, r) => (r.reviewedAt && (!max || r.reviewedAt.toISOString() > max) ? r.reviewedAt.toISOString() : max), null),
  };
}
