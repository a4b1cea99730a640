import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import { measureTag, PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import type { Status } from "@/lib/domain";
import { shanghaiDate } from "@/lib/domain/reporting-cycle";
import { getMeasureParts, getMeasureStatuses } from "@/lib/dal/status";
import { distinctEvidence, historyByPeriod, trendOf, type ApprovedReport } from "@/lib/reporting/approved-history";
import { isoDay, publicAsOf, todayInShanghai } from "./as-of";

/** A measure of another published plan that this one continues, or that continues it (延续). */
export type ContinuityLink = { code: string; title: string; plan: { code: string; name: string; isCurrent: boolean } };

/** Only what the public may see of a measure: approved data, no people, no review comments. */
export type PublicMeasure = {
  /** The published plan the measure belongs to. */
  plan: { code: string; name: string; isCurrent: boolean };
  /** 延续自: the measure of an earlier plan this one continues. */
  continues: ContinuityLink | null;
  /** 延续为: measures of later published plans that continue this one. */
  continuedBy: ContinuityLink[];
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
    /** The corners of the expected path (计划进度线), drawn straight between them (status_path_points()). */
    path: { date: string; value: number }[];
  }[];
  milestones: { name: string; plannedDate: string; actualDate: string | null }[];
  /** One row per period, newest first: its latest approval, with the earlier ones as corrections (newest first). */
  history: (HistoryRow & { corrections: HistoryRow[] })[];
  evidence: { id: number; fileName: string }[];
  lastUpdated: string | null;
};

type HistoryRow = {
  period: string; approvedOn: string; status: string; narrative: string; values: { indicator: string; value: number; unit: string }[]; isDemo: boolean;
  /** Milestones this report said were reached, with the day. */
  milestones: { name: string; date: string }[];
};

const approved = { reviewState: "APPROVED" as const };
const published = { state: { in: ["CURRENT" as const, "PAST" as const] } };
const linkSelect = {
  code: true, title: true,
  taskArea: { select: { strategy: { select: { plan: { select: { code: true, name: true, state: true } } } } } },
} as const;
type LinkRow = { code: string; title: string; taskArea: { strategy: { plan: { code: string; name: string; state: string } } } };
const toLink = (l: LinkRow): ContinuityLink => {
  const p = l.taskArea.strategy.plan;
  return { code: l.code, title: l.title, plan: { code: p.code, name: p.name, isCurrent: p.state === "CURRENT" } };
};

/**
 * One measure's public page data. Its statuses are the status engine's (SQL), as on the strategy
 * page and the dashboards: one statement for the measure, then its status row and its parts.
 * Only a measure of a published plan; with `planCode`, only one of that plan. A past plan's
 * measure is judged on the plan's last day (publicAsOf), so its page shows the final results.
 */
export async function getPublicMeasure(code: string, planCode?: string): Promise<PublicMeasure | null> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  // Callable by anyone with any argument (a 'use cache' function is a server function): only a
  // measure code is looked up, and only the public page's data comes back.
  if (typeof code !== "string" || code.length > 64) return null;
  if (planCode !== undefined && (typeof planCode !== "string" || planCode.length > 32)) return null;
  const m = await getDb().measure.findFirst({
    where: { code, taskArea: { strategy: { plan: planCode === undefined ? published : { ...published, code: planCode } } } },
    select: {
      id: true, code: true, kind: true, title: true,
      taskArea: { select: { code: true, name: true, strategy: { select: { code: true, name: true, plan: { select: { id: true, code: true, name: true, state: true, endDate: true } } } } } },
      continues: { select: linkSelect },
      continuedBy: { where: { taskArea: { strategy: { plan: published } } }, orderBy: { code: "asc" }, select: linkSelect },
      parent: { select: { code: true, title: true } },
      children: {
        orderBy: { order: "asc" },
        select: { id: true, code: true, title: true, reports: { where: approved, orderBy: { reviewedAt: "desc" }, take: 1, select: { reviewedAt: true } } },
      },
      leadDepartment: { select: { name: true } },
      departments: { select: { department: { select: { name: true } } } },
      milestones: { orderBy: { order: "asc" }, select: { name: true, plannedDate: true, actualDate: true } },
      indicators: {
        orderBy: { order: "asc" },
        select: {
          id: true, code: true, name: true, unit: true, kind: true, comparison: true, baselineValue: true, baselineDate: true,
          targetValue: true, deadline: true, derivedFromChildren: true,
        },
      },
      reports: {
        where: approved,
        orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
        select: {
          id: true, periodEnd: true, reviewedAt: true, status: true, narrative: true, isDemo: true,
          values: { select: { indicatorId: true, value: true } },
          milestones: { orderBy: { actualDate: "asc" }, select: { actualDate: true, milestone: { select: { name: true } } } },
          attachments: { where: { isPublic: true }, select: { id: true, fileName: true, sha256: true } },
        },
      },
    },
  });
  if (!m) return null;
  cacheTag(measureTag(m.id));
  const plan = m.taskArea.strategy.plan;
  const asOf = publicAsOf(isoDay(plan.endDate), todayInShanghai());
  const [family, parts] = await Promise.all([
    getMeasureStatuses({ planId: plan.id, asOf, family: m.id }),
    getMeasureParts({ planId: plan.id, asOf, measureId: m.id }),
  ]);
  const row = family.find((r) => r.measureId === m.id);
  const judged = new Map(parts.indicators.map((p) => [p.indicatorId, p]));
  const childStatus = new Map(family.map((r) => [r.measureId, r.status]));
  type Reported = ApprovedReport & { reviewedAt: Date | null; attachments: { id: number; fileName: string; sha256: string }[]; milestones: { name: string; date: string }[] };
  const reports: Reported[] = m.reports.map((r) => ({
    id: r.id, periodEnd: isoDay(r.periodEnd), approvedOn: r.reviewedAt ? shanghaiDate(r.reviewedAt) : "", status: r.status, narrative: r.narrative,
    isDemo: r.isDemo, values: r.values.map((v) => ({ indicatorId: v.indicatorId, value: Number(v.value) })), reviewedAt: r.reviewedAt, attachments: r.attachments,
    milestones: r.milestones.map((ms) => ({ name: ms.milestone.name, date: isoDay(ms.actualDate) })),
  }));

  // A project is done as the status engine judges it: the count a derived indicator shows.
  const childrenDone = m.children.map((c) => ({ code: c.code, title: c.title, done: childStatus.get(c.id) === "DONE" }));
  const indicators = m.indicators.map((i) => {
    const [baselineDate, deadline] = [isoDay(i.baselineDate), isoDay(i.deadline)];
    const [baseline, target] = [Number(i.baselineValue), Number(i.targetValue)];
    const trend = i.derivedFromChildren ? [] : trendOf(reports, i.id);
    const part = judged.get(i.id);
    return {
      code: i.code, name: i.name, unit: i.unit, kind: i.kind, comparison: i.comparison, baseline, baselineDate, target, deadline,
      // What the engine judged (the open data's `current` too): value, expected value and path from one source.
      current: part ? part.value : null, expected: part?.expectedValue ?? baseline, status: part?.status ?? "NOT_STARTED", reason: part?.reason ?? "", trend,
      path: expectedPathLine(i.kind, part?.path ?? [], { baselineDate, baseline, deadline, target }),
    };
  });
  const milestones = m.milestones.map((ms) => ({ name: ms.name, plannedDate: isoDay(ms.plannedDate), actualDate: ms.actualDate ? isoDay(ms.actualDate) : null }));
  const names = new Map(m.indicators.map((i) => [i.id, i]));
  const historyRow = (r: Reported): HistoryRow => ({
    period: r.periodEnd.slice(0, 7), approvedOn: r.approvedOn, status: r.status, narrative: r.narrative, isDemo: r.isDemo, milestones: r.milestones,
    values: r.values.map((v) => ({ indicator: names.get(v.indicatorId)?.name ?? "", unit: names.get(v.indicatorId)?.unit ?? "", value: v.value })),
  });
  const continues = m.continues && m.continues.taskArea.strategy.plan.state !== "DRAFT" ? toLink(m.continues) : null;
  return {
    plan: { code: plan.code, name: plan.name, isCurrent: plan.state === "CURRENT" },
    continues,
    continuedBy: m.continuedBy.map(toLink),
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
    history: historyByPeriod(reports).map((h) => ({ ...historyRow(h.latest), corrections: h.corrections.map(historyRow) })),
    evidence: distinctEvidence(reports.flatMap((r) => r.attachments)).map(({ id, fileName }) => ({ id, fileName })),
    // A project's approval changes its parent's page (its projects, derived figures): it counts.
    lastUpdated: latestTime([...m.reports.map((r) => r.reviewedAt), ...m.children.map((c) => c.reports[0]?.reviewedAt ?? null)]),
  };
}

/**
 * The expected path as a line to draw: the engine's corners (status_path_points()), joined by
 * straight lines as the engine interpolates. A yes/no milestone expects nothing partial: a step
 * at the deadline.
 */
function expectedPathLine(
  kind: string,
  corners: { date: string; value: number }[],
  ends: { baselineDate: string; baseline: number; deadline: string; target: number },
): { date: string; value: number }[] {
  if (kind !== "MILESTONE") return corners;
  return [
    { date: ends.baselineDate, value: ends.baseline },
    { date: ends.deadline, value: ends.baseline },
    { date: ends.deadline, value: ends.target },
  ];
}

function latestTime(times: (Date | null)[]): string | null {
  const ms = times.flatMap((t) => (t ? [t.getTime()] : []));
  return ms.length ? new Date(Math.max(...ms)).toISOString() : null;
}
