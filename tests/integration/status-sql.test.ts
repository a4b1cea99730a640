// The SQL status engine (the migrations 20261129050000_status_dashboards and
// 20261130120000_status_engine_v2) against the brute-force oracle (tests/support/status-oracle),
// on random plans: every measure's status, progress, reason and deadlines, and every roll-up, on
// snapshot days (quarter-ends, read from the snapshot) and on other days (computed on the spot),
// with default and random thresholds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IsoDate, Thresholds } from "@/lib/domain";
import { DEFAULT_THRESHOLDS } from "../support/status-oracle/status";
import { getMeasureParts, getMeasureStatuses, getRollups, getStatusThresholds } from "@/lib/dal/status";
import { queryMeasureRows } from "@/lib/dal/status/measures";
import { createPrismaClient } from "@/lib/prisma-client";
import { THRESHOLDS_KEY } from "@/lib/validation/settings";
import { createRandomPlan, mulberry32, type RandomPlan } from "../support/random-plan";
import { loadPlan, referenceMeasures, referenceRollups, type PlanData } from "../support/status-reference";

const db = createPrismaClient();
afterAll(async () => {
  await db.setting.deleteMany({ where: { key: THRESHOLDS_KEY } });
  await db.$disconnect();
});

const addDays = (d: IsoDate, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const monthEnd = (d: IsoDate) => new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Snapshot days (eve, month-ends, the end) and others (mid-month, deadlines, before and after the plan). */
function daysToCheck(plan: RandomPlan, data: PlanData, seed: number): IsoDate[] {
  const rng = mulberry32(seed * 7);
  const span = (Date.parse(plan.end) - Date.parse(plan.start)) / 86_400_000;
  const inside = () => addDays(plan.start, Math.floor(rng() * span));
  const deadlines = data.measures.flatMap((m) => [...m.indicators.map((i) => i.spec.deadline), ...m.milestones.map((ms) => ms.plannedDate)]);
  const someDeadline = () => deadlines[Math.floor(rng() * deadlines.length)] ?? plan.end;
  return [
    addDays(plan.start, -1), monthEnd(inside()), monthEnd(inside()), plan.end,
    addDays(plan.start, -40), plan.start, inside(), someDeadline(), addDays(someDeadline(), 1), addDays(plan.end, 1), addDays(plan.end, 500),
  ];
}

const plus0 = (x: number) => (Object.is(x, -0) ? 0 : x);

async function compare(plan: RandomPlan, data: PlanData, asOf: IsoDate, thresholds: Thresholds) {
  const expected = referenceMeasures(data, asOf, thresholds);
  const rows = await queryMeasureRows({ planId: plan.planId, asOf, scope: {} });
  expect(rows.map((r) => r.measureId).sort()).toEqual([...expected.keys()].sort());
  for (const r of rows) {
    const e = expected.get(r.measureId)!;
    const at = `measure ${r.code} on ${asOf}`;
    expect({ status: r.status, reason: r.reason, progress: plus0(r.progress) }, at).toEqual({ status: e.status, reason: e.reason, progress: plus0(e.progress) });
    expect({ deadline: r.deadline, nextDeadline: r.nextDeadline, nextItem: r.nextItem, lastApprovedAt: r.lastApprovedAt }, at).toEqual({
      deadline: e.deadline, nextDeadline: e.nextDeadline, nextItem: e.nextItem, lastApprovedAt: e.lastApprovedAt,
    });
    expect({ due: r.reportsDue, onTime: r.reportsOnTime }, at).toEqual({ due: e.reportsDue, onTime: e.reportsOnTime });
  }

  const ref = referenceRollups(data, expected, thresholds.laggingShare, thresholds.riskShare);
  // Sums of weights are added in another order in SQL: progress may differ in the last bits.
  const shape = (r: { status: string; progress: number; counts: object; explanation: string; explanationEn: string }) => ({
    status: r.status, progress: Math.round(r.progress * 1e9), counts: r.counts, explanation: r.explanation, explanationEn: r.explanationEn,
  });
  const [whole] = await getRollups({ planId: plan.planId, asOf, level: "plan" });
  expect(shape(whole), `plan on ${asOf}`).toEqual(shape(ref.plan));
  for (const s of await getRollups({ planId: plan.planId, asOf, level: "strategy" })) {
    expect(shape(s), `strategy ${s.code} on ${asOf}`).toEqual(shape(ref.strategies.get(s.id)!));
  }
  for (const t of await getRollups({ planId: plan.planId, asOf, level: "taskArea" })) {
    expect(shape(t), `task area ${t.code} on ${asOf}`).toEqual(shape(ref.areas.get(t.id)!));
  }
}

describe.each([11, 29, 47, 83, 131, 257, 509, 1021])("random plan %i: the SQL engine agrees with the oracle", (seed) => {
  let plan: RandomPlan;
  let data: PlanData;
  beforeAll(async () => {
    plan = await createRandomPlan(db, seed);
    data = await loadPlan(db, plan.planId);
  }, 120_000);

  it("with the default thresholds", async () => {
    await db.setting.deleteMany({ where: { key: THRESHOLDS_KEY } });
    expect(await getStatusThresholds()).toEqual(DEFAULT_THRESHOLDS);
    for (const asOf of daysToCheck(plan, data, seed)) await compare(plan, data, asOf, DEFAULT_THRESHOLDS);
  }, 120_000);

  it("judges each part of each measure as lib/domain does (the drill-down)", async () => {
    await db.setting.deleteMany({ where: { key: THRESHOLDS_KEY } });
    const asOf = daysToCheck(plan, data, seed)[6];
    const expected = referenceMeasures(data, asOf, DEFAULT_THRESHOLDS);
    for (const [measureId, e] of expected) {
      const parts = await getMeasureParts({ planId: plan.planId, asOf, measureId });
      expect(parts.indicators.map(({ indicatorId, status, reason }) => ({ indicatorId, status, reason })), `measure ${measureId} on ${asOf}`).toEqual(e.indicatorParts);
      expect(parts.milestones && { status: parts.milestones.status, reason: parts.milestones.reason }).toEqual(e.milestonePart && { status: e.milestonePart.status, reason: e.milestonePart.reason });
    }
  }, 120_000);

  it("with thresholds an admin set", async () => {
    const rng = mulberry32(seed);
    const atRisk = Math.round(rng() * 30) / 100;
    const thresholds = {
      atRisk, lagging: atRisk + Math.round(rng() * 40) / 100, milestoneGraceDays: Math.floor(rng() * 90), laggingShare: Math.round(1 + rng() * 40) / 100, riskShare: Math.round(rng() * 20) / 100,
    };
    await db.setting.upsert({ where: { key: THRESHOLDS_KEY }, update: { value: thresholds }, create: { key: THRESHOLDS_KEY, value: thresholds } });
    expect(await getStatusThresholds()).toEqual(thresholds);
    for (const asOf of daysToCheck(plan, data, seed + 1)) await compare(plan, data, asOf, thresholds);
  }, 120_000);
});

describe("the snapshot follows the approved history", () => {
  it("counts a report once it is approved, and a measure's new weight in the roll-up", async () => {
    await db.setting.deleteMany({ where: { key: THRESHOLDS_KEY } });
    const plan = await createRandomPlan(db, 977);
    const target = await db.progressReport.findFirst({ where: { measure: { taskArea: { strategy: { planId: plan.planId } } }, reviewState: "SUBMITTED" }, select: { id: true, measureId: true, periodEnd: true } });
    expect(target, "the random plan has a submitted report").not.toBeNull();
    if (!target) return;
    const period = target.periodEnd.toISOString().slice(0, 10);
    const asOf = period > plan.end ? monthEnd(period) : plan.end;
    const before = await getMeasureStatuses({ planId: plan.planId, asOf, measureIds: [target.measureId] });
    expect(before).toHaveLength(1);
    const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
    await db.progressReport.update({ where: { id: target.id }, data: { reviewState: "APPROVED", reviewerId: admin.id, reviewedAt: new Date("2030-01-02T03:04:05.678Z") } });
    const [after] = await getMeasureStatuses({ planId: plan.planId, asOf, measureIds: [target.measureId] });
    const data = await loadPlan(db, plan.planId);
    const expected = referenceMeasures(data, asOf, DEFAULT_THRESHOLDS).get(target.measureId)!;
    expect(after).toMatchObject({ status: expected.status, reason: expected.reason, lastApprovedAt: expected.lastApprovedAt });

    await db.measure.update({ where: { id: target.measureId }, data: { weight: 7 } });
    const [area] = await getRollups({ planId: plan.planId, asOf, level: "taskArea", strategyId: after.strategyId }).then((rows) => rows.filter((r) => r.id === after.taskAreaId));
    const areas = referenceRollups(await loadPlan(db, plan.planId), referenceMeasures(await loadPlan(db, plan.planId), asOf, DEFAULT_THRESHOLDS)).areas;
    expect(area.explanation).toBe(areas.get(after.taskAreaId)!.explanation);
  }, 120_000);

  it("keeps each strategy's stored sums equal to its task areas' roll-up as weights change and task areas move or go", async () => {
    await db.setting.deleteMany({ where: { key: THRESHOLDS_KEY } });
    const plan = await createRandomPlan(db, 983);
    const strategies = await db.strategy.findMany({ where: { planId: plan.planId }, orderBy: { order: "asc" }, select: { id: true, taskAreas: { select: { id: true }, orderBy: { order: "asc" } } } });
    expect(strategies.length).toBeGreaterThanOrEqual(2);
    // Every snapshot day and a day that is not one, every level: read from the stored strategy sums
    // (the default) and rolled up from the task areas' sums (p_stored false), row for row.
    const days = `status_snapshot_dates(${plan.planId}) || ARRAY['${plan.start}'::date + 45]`;
    const differences = async () => {
      const [row] = await db.$queryRawUnsafe<{ stored: number; apart: number; total: number }[]>(`
        WITH a AS (SELECT * FROM status_rollups(${days}, ${plan.planId}, NULL, NULL)),
             b AS (SELECT * FROM status_rollups(${days}, ${plan.planId}, NULL, NULL, NULL, false))
        SELECT (SELECT count(*) FROM (SELECT * FROM a EXCEPT ALL SELECT * FROM b) x)::int AS stored,
               (SELECT count(*) FROM (SELECT * FROM b EXCEPT ALL SELECT * FROM a) x)::int AS apart,
               (SELECT count(*) FROM a)::int AS total`);
      return row;
    };
    const planRow = () =>
      db.$queryRawUnsafe<{ total: number }[]>(`SELECT "weightTotal" AS total FROM status_rollups(ARRAY['${plan.end}'::date], ${plan.planId}, NULL, ARRAY['plan'])`).then((r) => r[0].total);
    expect(await differences()).toMatchObject({ stored: 0, apart: 0 });
    const first = strategies[0];
    const area = first.taskAreas[0];
    const weightBefore = await planRow();

    await db.taskArea.update({ where: { id: area.id }, data: { weight: 3 } });
    expect(await differences()).toMatchObject({ stored: 0, apart: 0 });
    expect(await planRow()).not.toBe(weightBefore);

    await db.strategy.update({ where: { id: strategies[1].id }, data: { weight: 0.5 } });
    expect(await differences()).toMatchObject({ stored: 0, apart: 0 });

    await db.taskArea.update({ where: { id: area.id }, data: { strategyId: strategies[1].id, order: 900 } });
    expect(await differences()).toMatchObject({ stored: 0, apart: 0 });

    // Moved to another plan's strategy (other dates): its measures' rows are that plan's days.
    const other = await createRandomPlan(db, 984);
    const otherStrategy = await db.strategy.findFirstOrThrow({ where: { planId: other.planId }, select: { id: true } });
    const moved = await db.measure.findMany({ where: { taskAreaId: area.id }, select: { id: true } });
    expect(moved.length).toBeGreaterThan(0);
    await db.taskArea.update({ where: { id: area.id }, data: { strategyId: otherStrategy.id, code: `MV${area.id}`, order: 900 } });
    const ids = moved.map((m) => m.id).join(", ");
    const [rows] = await db.$queryRawUnsafe<{ snapshot: number; days: number; months: number; monthsWanted: number }[]>(`
      SELECT (SELECT count(*) FROM status_measure_rows(status_snapshot_dates(${other.planId}), ${other.planId}, ARRAY[${ids}]))::int AS snapshot,
             cardinality(status_snapshot_dates(${other.planId})) AS days,
             (SELECT count(*) FROM status_punctuality_month WHERE "measureId" IN (${ids}))::int AS months,
             (SELECT count(*) FROM status_punctuality_months(${other.planId}, ARRAY[${ids}]))::int AS "monthsWanted"`);
    expect(rows.snapshot).toBe(rows.days * moved.length);
    expect(rows.months).toBe(rows.monthsWanted);
    expect(await differences()).toMatchObject({ stored: 0, apart: 0 });

    // A task area with a measure of its own, then both deleted in one transaction: the strategy
    // loses the measure although the task area is gone when the commit rebuilds the sums.
    const department = await db.department.findFirstOrThrow({ select: { id: true } });
    const added = await db.taskArea.create({ data: { strategyId: first.id, code: "ZZ", name: "临时任务", order: 901 } });
    const measure = await db.measure.create({ data: { taskAreaId: added.id, code: `ZZ-${plan.planId}`, title: "临时举措", order: 1, leadDepartmentId: department.id } });
    const withArea = await differences();
    expect(withArea).toMatchObject({ stored: 0, apart: 0 });
    await db.$transaction([db.measure.delete({ where: { id: measure.id } }), db.taskArea.delete({ where: { id: added.id } })]);
    const without = await differences();
    expect(without).toMatchObject({ stored: 0, apart: 0 });
    expect(without.total).toBeLessThan(withArea.total);
  }, 120_000);
});
