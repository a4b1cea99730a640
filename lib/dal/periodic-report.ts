import "server-only";
import { getDb } from "@/lib/db";
import type { IsoDate, Status } from "@/lib/domain";
import { reportingRate, type ReportingRate } from "@/lib/domain/reporting-cycle";
import { getMeasureStatuses, queryRollups, type RollupPoint } from "@/lib/dal/status";
import { reportingToday } from "@/lib/reporting/today";
import { dutiesOf, measureDutySelect } from "./duties";
import { resolveReportRequest, type ReportRequest } from "./periodic-report-period";

// 月报 and 季报: the plan or one strategy at the end of a month or quarter, compared with the end
// of the one before. Every status and progress figure comes from the status engine
// (lib/dal/status: queryRollups, getMeasureStatuses), the same numbers the dashboards and the
// public pages show; the reporting rates from the reporting cycles (lib/domain/reporting-cycle).

export type RollupFigure = Pick<RollupPoint, "id" | "level" | "code" | "name" | "status" | "progress" | "counts" | "explanation">;

export type AreaLine = RollupFigure & { before: Pick<RollupPoint, "status" | "progress"> | null };

export type StatusChange = { measureId: number; code: string; title: string; leadDepartment: string; from: Status; to: Status; better: boolean };

export type LaggingItem = {
  measureId: number;
  code: string;
  title: string;
  leadDepartment: string;
  status: Status;
  progress: number;
  reason: string;
  /** The department's own words: the latest approved report up to the period's end. */
  narrative: string | null;
  narrativePeriod: string | null;
};

export type DepartmentRate = ReportingRate & { departmentId: number; name: string; overdue: number };

export type PeriodicReport = {
  kind: "month" | "quarter";
  title: string;
  scopeName: string;
  planName: string;
  period: { key: string; label: string; start: IsoDate; end: IsoDate };
  previous: { key: string; label: string; end: IsoDate };
  today: IsoDate;
  generatedAt: string;
  hasDemoData: boolean;
  summary: { now: RollupFigure; before: RollupFigure };
  /** Strategies (plan report) and task areas, at the period's end, with their previous figures. */
  lines: AreaLine[];
  changes: StatusChange[];
  lagging: LaggingItem[];
  departments: DepartmentRate[];
  departmentTotal: ReportingRate & { overdue: number };
};

const SEVERITY: Record<Status, number> = { DONE: 0, NOT_STARTED: 1, ON_TRACK: 2, AT_RISK: 3, LAGGING: 4, OVERDUE: 5 };
const LAGGING: Status[] = ["LAGGING", "OVERDUE"];

const figure = (r: RollupPoint): RollupFigure => ({
  id: r.id, level: r.level, code: r.code, name: r.name, status: r.status, progress: r.progress, counts: r.counts, explanation: r.explanation,
});

/** The report asked for, or null when the plan, strategy or period does not exist. */
export async function buildPeriodicReport(request: ReportRequest): Promise<PeriodicReport | null> {
  const today = reportingToday();
  const resolved = await resolveReportRequest(request, today);
  if (!resolved) return null;
  const { plan, strategy, period, previous, kind } = resolved;
  const db = getDb();
  const scope = strategy ? { strategyId: strategy.id } : {};
  const [rollups, nowRows, beforeRows, dutyRows, demo] = await Promise.all([
    queryRollups({ planId: plan.id, dates: [previous.end, period.end], ...scope }),
    getMeasureStatuses({ planId: plan.id, asOf: period.end, ...scope }),
    getMeasureStatuses({ planId: plan.id, asOf: previous.end, ...scope }),
    db.measure.findMany({
      where: { taskArea: { strategy: { planId: plan.id, ...(strategy && { id: strategy.id }) } } },
      select: { ...measureDutySelect, leadDepartment: { select: { id: true, name: true } } },
    }),
    db.progressReport.findFirst({ where: { isDemo: true, reviewState: "APPROVED" }, select: { id: true } }),
  ]);

  const top = strategy ? "strategy" : "plan";
  const at = (date: IsoDate, level: string) => rollups.filter((r) => r.asOf === date && r.level === level);
  const now = at(period.end, top)[0];
  const before = at(previous.end, top)[0];
  // Each strategy followed by its task areas (a strategy's report: its task areas).
  const areas = at(period.end, "taskArea");
  const ordered = strategy ? areas : at(period.end, "strategy").flatMap((s) => [s, ...areas.filter((a) => a.strategyId === s.id)]);
  const lines: AreaLine[] = ordered.map((r) => {
    const b = rollups.find((x) => x.asOf === previous.end && x.level === r.level && x.id === r.id);
    return { ...figure(r), before: b ? { status: b.status, progress: b.progress } : null };
  });

  const beforeById = new Map(beforeRows.map((r) => [r.measureId, r]));
  const changes: StatusChange[] = nowRows.flatMap((r) => {
    const b = beforeById.get(r.measureId);
    if (!b || b.status === r.status) return [];
    return [{ measureId: r.measureId, code: r.code, title: r.title, leadDepartment: r.leadDepartment, from: b.status, to: r.status, better: SEVERITY[r.status] < SEVERITY[b.status] }];
  });
  changes.sort((a, b) => Number(a.better) - Number(b.better) || a.code.localeCompare(b.code));

  const laggingRows = nowRows.filter((r) => LAGGING.includes(r.status));
  const narratives = await latestNarratives(laggingRows.map((r) => r.measureId), period.end);
  const lagging: LaggingItem[] = laggingRows
    .map((r) => ({
      measureId: r.measureId, code: r.code, title: r.title, leadDepartment: r.leadDepartment, status: r.status, progress: r.progress, reason: r.reason,
      narrative: narratives.get(r.measureId)?.narrative ?? null, narrativePeriod: narratives.get(r.measureId)?.period ?? null,
    }))
    .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || a.code.localeCompare(b.code));

  const departments = departmentRates(dutyRows.map((row) => ({ department: row.leadDepartment, duties: dutiesOf(row, today) })), period);
  const departmentTotal = departments.reduce(
    (t, d) => ({ due: t.due + d.due, submitted: t.submitted + d.submitted, onTime: t.onTime + d.onTime, approved: t.approved + d.approved, overdue: t.overdue + d.overdue }),
    { due: 0, submitted: 0, onTime: 0, approved: 0, overdue: 0 },
  );

  const scopeName = strategy ? strategy.name : "全部规划";
  return {
    kind,
    title: `${kind === "month" ? "月报" : "季报"}（${period.label}）`,
    scopeName,
    planName: plan.name,
    period,
    previous,
    today,
    generatedAt: new Date().toISOString(),
    hasDemoData: demo !== null,
    summary: { now: figure(now), before: figure(before) },
    lines,
    changes,
    lagging,
    departments,
    departmentTotal,
  };
}

/** Per lead department: the reporting periods that end inside the report's period. */
function departmentRates(
  measures: { department: { id: number; name: string }; duties: ReturnType<typeof dutiesOf> }[],
  period: { start: IsoDate; end: IsoDate },
): DepartmentRate[] {
  const byDept = new Map<number, { name: string; statuses: ReturnType<typeof dutiesOf>["statuses"] }>();
  for (const { department, duties } of measures) {
    const inside = duties.statuses.filter((s) => s.period.end >= period.start && s.period.end <= period.end);
    const entry = byDept.get(department.id) ?? { name: department.name, statuses: [] };
    entry.statuses.push(...inside);
    byDept.set(department.id, entry);
  }
  return [...byDept.entries()]
    .map(([departmentId, { name, statuses }]) => ({ departmentId, name, ...reportingRate(statuses), overdue: statuses.filter((s) => s.state === "OVERDUE").length }))
    .filter((d) => d.due > 0)
    .sort((a, b) => a.departmentId - b.departmentId);
}

async function latestNarratives(measureIds: number[], end: IsoDate): Promise<Map<number, { narrative: string; period: string }>> {
  if (measureIds.length === 0) return new Map();
  const rows = await getDb().progressReport.findMany({
    where: { measureId: { in: measureIds }, reviewState: "APPROVED", periodEnd: { lte: new Date(`${end}T00:00:00Z`) } },
    orderBy: [{ measureId: "asc" }, { periodEnd: "desc" }, { id: "desc" }],
    distinct: ["measureId"],
    select: { measureId: true, narrative: true, periodEnd: true },
  });
  return new Map(rows.map((r) => [r.measureId, { narrative: r.narrative, period: r.periodEnd.toISOString().slice(0, 7) }]));
}
