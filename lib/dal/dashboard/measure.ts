import "server-only";
import type { IsoDate, Status } from "@/lib/domain";
import { getDb } from "@/lib/db";
import { getMeasureParts, type IndicatorPart } from "@/lib/dal/status/parts";
import { queryMeasureRows, type MeasureStatusDetail } from "@/lib/dal/status/measures";
import { dashboardActor } from "./access";
import { trendDays } from "./as-of";
import { shanghaiDate } from "@/lib/domain/reporting-cycle";

export type { IndicatorPart };
export type MilestoneLine = { name: string; plannedDate: IsoDate; actualDate: IsoDate | null; reached: boolean };

export type MeasureDrilldown = {
  measure: MeasureStatusDetail & { departments: string[]; parent: { code: string; title: string } | null };
  children: MeasureStatusDetail[];
  indicators: IndicatorPart[];
  milestones: { status: Status; reason: string; lines: MilestoneLine[] } | null;
  trend: { asOf: IsoDate; progress: number; status: Status }[];
  reports: { period: string; status: string; narrative: string; approvedOn: string | null; isDemo: boolean }[];
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A measure (or project) on `asOf`: its status and every part's, its projects, trend and latest approved reports. */
export async function getMeasureDrilldown(args: { plan: { id: number; startDate: IsoDate }; asOf: IsoDate; taskAreaId: number; code: string }): Promise<MeasureDrilldown | null> {
  if (!(await dashboardActor())) return null;
  const { plan, asOf } = args;
  const db = getDb();
  const m = await db.measure.findFirst({
    where: { code: args.code, taskAreaId: args.taskAreaId },
    select: {
      id: true,
      parent: { select: { code: true, title: true } },
      departments: { select: { department: { select: { name: true } } } },
      milestones: { orderBy: [{ plannedDate: "asc" }, { order: "asc" }], select: { name: true, plannedDate: true, actualDate: true } },
    },
  });
  if (!m) return null;
  const [family, parts, trend, reports] = await Promise.all([
    queryMeasureRows({ planId: plan.id, asOf, scope: { family: m.id } }),
    getMeasureParts({ planId: plan.id, asOf, measureId: m.id }),
    db.$queryRaw<{ asOf: string; progress: number; status: Status }[]>`
      SELECT to_char(r."asOf", 'YYYY-MM-DD') AS "asOf", r.progress, r.status
      FROM status_measure_rows(${trendDays(plan.startDate, asOf)}::date[], ${plan.id}::int, ARRAY[${m.id}::int]) r ORDER BY r."asOf"`,
    db.progressReport.findMany({
      where: { measureId: m.id, reviewState: "APPROVED", periodEnd: { lte: new Date(`${asOf}T00:00:00Z`) } },
      orderBy: [{ periodEnd: "desc" }, { id: "desc" }],
      take: 6,
      select: { periodEnd: true, status: true, narrative: true, reviewedAt: true, isDemo: true },
    }),
  ]);
  const self = family.find((r) => r.measureId === m.id);
  if (!self) return null;

  const milestones = parts.milestones
    ? {
        status: parts.milestones.status,
        reason: parts.milestones.reason,
        lines: m.milestones.map((l) => {
          const actualDate = l.actualDate ? isoDay(l.actualDate) : null;
          return { name: l.name, plannedDate: isoDay(l.plannedDate), actualDate, reached: actualDate !== null && actualDate <= asOf };
        }),
      }
    : null;
  return {
    measure: { ...self, departments: m.departments.map((d) => d.department.name), parent: m.parent },
    children: family.filter((r) => r.measureId !== m.id),
    indicators: parts.indicators,
    milestones,
    trend,
    reports: reports.map((r) => ({
      period: isoDay(r.periodEnd).slice(0, 7), status: r.status, narrative: r.narrative, approvedOn: r.reviewedAt ? shanghaiDate(r.reviewedAt) : null, isDemo: r.isDemo,
    })),
  };
}
