import "server-only";
import { getDb } from "@/lib/db";
import type { IsoDate } from "@/lib/domain";
import { periodFromKey, periodsOfPlan, previousPeriod, type ReportingPeriod } from "@/lib/domain/reporting-cycle";
import type { ReportRequest } from "@/lib/validation/periodic-report";

export type { ReportRequest };

export type ReportOptions = {
  planName: string;
  strategies: { code: string; name: string }[];
  months: { key: string; label: string }[];
  quarters: { key: string; label: string }[];
};

const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const cycleOf = (kind: "month" | "quarter") => (kind === "month" ? "MONTHLY" : "QUARTERLY");

async function getPlan() {
  return getDb().plan.findFirst({
    where: { state: "CURRENT" },
    select: { id: true, name: true, startDate: true, endDate: true, strategies: { orderBy: { order: "asc" }, select: { id: true, code: true, name: true } } },
  });
}

/** The periods of the plan that have ended on `today`, the latest first. */
function endedPeriods(kind: "month" | "quarter", plan: { startDate: Date; endDate: Date }, today: IsoDate): ReportingPeriod[] {
  return periodsOfPlan({ cycle: cycleOf(kind), dueDay: 5, planStart: isoDay(plan.startDate), planEnd: isoDay(plan.endDate) })
    .filter((p) => p.end < today)
    .reverse();
}

/** What the report page offers: the plan's strategies and its months and quarters that have ended. */
export async function getReportOptions(today: IsoDate): Promise<ReportOptions | null> {
  const plan = await getPlan();
  if (!plan) return null;
  const pick = (p: ReportingPeriod) => ({ key: p.key, label: p.label });
  return {
    planName: plan.name,
    strategies: plan.strategies.map((s) => ({ code: s.code, name: s.name })),
    months: endedPeriods("month", plan, today).map(pick),
    quarters: endedPeriods("quarter", plan, today).map(pick),
  };
}

/**
 * The plan, strategy and periods of a request: the period must be of the plan and over on
 * `today` (default: the latest such); null when anything named does not exist.
 */
export async function resolveReportRequest(request: ReportRequest, today: IsoDate) {
  const plan = await getPlan();
  if (!plan) return null;
  const strategy = request.strategy ? plan.strategies.find((s) => s.code === request.strategy) : undefined;
  if (request.strategy && !strategy) return null;
  const ended = endedPeriods(request.kind, plan, today);
  const period = request.period ? ended.find((p) => p.key === request.period) : ended[0];
  if (!period || (request.period && periodFromKey(request.period)?.key !== period.key)) return null;
  const prev = previousPeriod(period);
  // The period before the plan's first is its eve: the status engine judges that day too.
  const previous = prev.end < isoDay(plan.startDate)
    ? { key: prev.key, label: "规划期开始前", end: prev.end }
    : { key: prev.key, label: prev.label, end: prev.end };
  return { plan, strategy, kind: request.kind, period: pickPeriod(period), previous };
}

const pickPeriod = (p: ReportingPeriod) => ({ key: p.key, label: p.label, start: p.start, end: p.end });
