// A random plan for the SQL-vs-JS status tests: strategies, task areas, measures with project
// children, indicators of every kind and comparison (falling, flat, yes/no, derived from
// children, yearly targets in and out of range), milestones with ties and late or early actual
// dates, and reports in every review state with ties on the period end and submissions around
// the due day (in Asia/Shanghai). Written through the database's own rules (append-only reports).
// Plans start before 2017 so that the demo plan stays the newest (the public pages show it).
import type { Db } from "@/lib/prisma-client";

type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const at = (d: string) => new Date(`${d}T00:00:00Z`);
const addDays = (d: string, n: number) => iso(at(d).getTime() + n * DAY);
const monthEnd = (y: number, m: number) => iso(Date.UTC(y, m, 0)); // m: 1..12

export type RandomPlan = { planId: number; start: string; end: string; measureIds: number[] };

export async function createRandomPlan(db: Db, seed: number): Promise<RandomPlan> {
  const rng = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const chance = (p: number) => rng() < p;
  const money = (lo: number, hi: number) => Math.round((lo + rng() * (hi - lo)) * 100) / 100;

  const startYear = int(2011, 2015);
  const start = chance(0.6) ? `${startYear}-01-01` : `${startYear}-03-15`;
  const end = `${startYear + int(2, 4)}-12-31`;
  const span = (at(end).getTime() - at(start).getTime()) / DAY;
  const someDay = (lo = -120, hi = span + 200) => addDays(start, int(lo, hi));
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
  const departments = (await db.department.findMany({ select: { id: true }, take: 6 })).map((d) => d.id);
  const weight = () => pick(["1", "1", "1", "0", "0.5", "1.5", "2.25", "3"]);

  const plan = await db.plan.create({ data: { code: `rand-${seed}`, name: `随机规划 ${seed}`, startDate: at(start), endDate: at(end) } });
  const measureIds: number[] = [];
  let measureNo = 0;

  async function createMeasure(taskAreaId: number, parentId: number | null, order: number, childCount: number) {
    const code = `R${seed}-${++measureNo}`;
    const m = await db.measure.create({
      data: {
        taskAreaId, parentId, order, code, kind: parentId ? "PROJECT" : "MEASURE", title: `随机举措 ${code}`,
        leadDepartmentId: pick(departments), weight: weight(), dueDay: int(1, 28),
      },
      select: { id: true },
    });
    measureIds.push(m.id);
    const indicators = int(0, 3) === 0 ? 0 : int(0, 3);
    for (let k = 0; k < indicators; k++) {
      const kind = pick(["COUNT", "CUMULATIVE", "PERCENT", "MILESTONE"] as const);
      const derived = childCount > 0 && chance(0.5) && (kind === "COUNT" || kind === "MILESTONE");
      let comparison = pick(["GTE", "GT", "EQ", "LTE"] as const);
      let baseline: number;
      let target: number;
      if (kind === "MILESTONE") {
        baseline = chance(0.85) ? 0 : 1;
        target = 1;
        if (chance(0.7)) comparison = "EQ";
      } else if (derived) {
        baseline = 0;
        target = chance(0.7) ? childCount : int(1, childCount + 1);
        comparison = pick(["GTE", "GTE", "GT", "EQ"] as const);
      } else {
        const hi = kind === "PERCENT" ? 100 : pick([10, 200, 5000]);
        baseline = chance(0.2) ? 0 : money(0, hi);
        target = chance(0.1) ? baseline : money(0, hi);
        if (target < baseline && chance(0.7)) comparison = "LTE";
        if (target > baseline && comparison === "LTE" && chance(0.7)) comparison = "GTE";
      }
      const baselineDate = chance(0.7) ? addDays(start, -1) : someDay(-200, span / 2);
      const deadline = chance(0.1) ? baselineDate : chance(0.5) ? end : addDays(baselineDate, int(1, span + 100));
      const y0 = Number(baselineDate.slice(0, 4));
      const years = [...new Set(Array.from({ length: int(0, 4) }, () => int(y0 - 1, Number(deadline.slice(0, 4)) + 1)))];
      await db.indicator.create({
        data: {
          measureId: m.id, code: `${code}-I${k}`, name: `指标${k}`, unit: pick(["个", "%", "", "吨", "所"]), kind, comparison,
          baselineValue: baseline, targetValue: target, baselineDate: at(baselineDate), deadline: at(deadline), derivedFromChildren: derived, order: k,
          interimTargets: {
            create: years.map((year) => ({ year, value: kind === "PERCENT" ? money(0, 100) : money(Math.min(baseline, target), Math.max(baseline, target) + 1) })),
          },
        },
      });
    }
    const milestones = chance(0.5) ? int(1, 4) : 0;
    let planned = someDay(0, span);
    for (let k = 0; k < milestones; k++) {
      if (!chance(0.2)) planned = addDays(planned, int(0, 300)); // some share a planned date
      const actual = chance(0.3) ? null : addDays(planned, int(-90, 200));
      await db.milestone.create({ data: { measureId: m.id, name: `节点${k}`, order: k, plannedDate: at(planned), actualDate: actual ? at(actual) : null } });
    }
    await createReports(m.id);
    return m.id;
  }

  async function createReports(measureId: number) {
    const indicators = await db.indicator.findMany({ where: { measureId, derivedFromChildren: false }, select: { id: true, kind: true, baselineValue: true, targetValue: true } });
    const n = int(0, 10);
    let t = at(addDays(start, -40)).getTime();
    const pending = new Map<string, number>();
    for (let k = 0; k < n; k++) {
      if (!chance(0.15)) t += int(20, 150) * DAY; // some share a period end
      const d = new Date(t);
      const periodEnd = monthEnd(d.getUTCFullYear(), d.getUTCMonth() + 1);
      const periodStart = `${periodEnd.slice(0, 8)}01`;
      const state = pick(["APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "RETURNED", "DRAFT"] as const);
      const values = indicators
        .filter(() => chance(0.85))
        .map((i) => {
          const [b, g] = [Number(i.baselineValue), Number(i.targetValue)];
          const value = i.kind === "MILESTONE" ? int(0, 1) : chance(0.15) ? g : Math.max(0, money(Math.min(b, g) - 5, Math.max(b, g) + 5));
          return { indicatorId: i.id, value: i.kind === "PERCENT" ? Math.min(100, value) : value };
        });
      const report = await db.progressReport.create({
        data: { measureId, periodStart: at(periodStart), periodEnd: at(periodEnd), status: pick(["NOT_STARTED", "ON_TRACK", "AT_RISK", "LAGGING", "DONE"] as const), narrative: "随机填报", authorId: admin.id, basedOnVersion: 1, values: { create: values },
          percentComplete: chance(0.5) ? int(0, 100) : null },
        select: { id: true },
      });
      if (state === "DRAFT") continue;
      // Around the due day, at hours that cross midnight in Shanghai (UTC+8).
      const submittedAt = new Date(at(addDays(periodEnd, int(-3, 40))).getTime() + pick([0, 10, 15.5, 16, 23]) * 3_600_000);
      // One report per period awaits review (a partial unique index): a newer one replaces it, as in the app.
      const replaced = pending.get(periodEnd);
      if (replaced) await db.progressReport.update({ where: { id: replaced }, data: { reviewState: "WITHDRAWN" } });
      pending.delete(periodEnd);
      await db.progressReport.update({ where: { id: report.id }, data: { reviewState: "SUBMITTED", submittedAt } });
      if (state === "SUBMITTED") {
        pending.set(periodEnd, report.id);
        continue;
      }
      await db.progressReport.update({
        where: { id: report.id },
        data: { reviewState: state, reviewerId: admin.id, reviewedAt: new Date(submittedAt.getTime() + int(1, 400) * 3_600_000), reviewComment: state === "RETURNED" ? "请补充" : null },
      });
    }
  }

  for (let s = 0; s < int(1, 3); s++) {
    const strategy = await db.strategy.create({ data: { planId: plan.id, code: `S${s}`, name: `战略${s}`, aim: "随机", order: s, weight: weight() } });
    for (let a = 0; a < int(1, 3); a++) {
      const area = await db.taskArea.create({ data: { strategyId: strategy.id, code: `${s}-${a}`, name: `任务${s}-${a}`, order: a, weight: weight() } });
      const count = int(0, 6);
      for (let k = 0; k < count; k++) {
        const children = chance(0.3) ? int(1, 3) : 0;
        const parent = await createMeasure(area.id, null, k, children);
        for (let c = 0; c < children; c++) await createMeasure(area.id, parent, c, 0);
      }
    }
  }
  return { planId: plan.id, start, end, measureIds };
}
