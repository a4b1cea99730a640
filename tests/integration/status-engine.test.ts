// Issue 13: the status engine on the seeded demo plan. Roll-ups reflect the measures (the plan's
// light is not always red), a measure with nothing numeric to measure moves with the percentage
// its officer reports, nothing unfinished is "on track" once the plan has ended, and reads write
// nothing (a read-only transaction can read every status).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMeasureStatuses, getRollups, queryRollups } from "@/lib/dal/status";
import { createPrismaClient } from "@/lib/prisma-client";
import { THRESHOLDS_KEY } from "@/lib/validation/settings";
import { approveAs, idOf, submitAs } from "../support/report-flow";

const db = createPrismaClient();
let planId: number;
beforeAll(async () => {
  await db.setting.deleteMany({ where: { key: THRESHOLDS_KEY } });
  planId = (await db.plan.findFirstOrThrow({ where: { code: { not: { startsWith: "rand-" } } }, orderBy: { id: "asc" }, select: { id: true } })).id;
});
afterAll(async () => {
  await db.setting.deleteMany({ where: { key: THRESHOLDS_KEY } });
  await db.$disconnect();
});

const QUARTER_ENDS = [2017, 2018, 2019, 2020, 2021].flatMap((y) => ["03-31", "06-30", "09-30", "12-31"].map((d) => `${y}-${d}`));

describe("the plan's light over the demo history", () => {
  it("changes over time, and is LAGGING only when lagging and overdue items weigh at least the configured share", async () => {
    const rows = await queryRollups({ planId, dates: ["2016-12-31", ...QUARTER_ENDS], levels: ["plan", "strategy", "taskArea"] });
    const plan = rows.filter((r) => r.level === "plan");
    const story = plan.map((r) => `${r.asOf} ${r.status}`).join("; ");
    expect(new Set(plan.map((r) => r.status)), story).toEqual(new Set(["NOT_STARTED", "ON_TRACK", "AT_RISK", "LAGGING"]));
    for (const r of rows) {
      const n = Object.values(r.counts).reduce((a, b) => a + b, 0);
      const late = r.counts.LAGGING + r.counts.OVERDUE;
      // All weights are 1 in the seed: the share of the weight is the share of the items.
      const lagging = n > 0 && late / n >= 0.2 - 1e-9;
      expect(r.status === "LAGGING", `${r.level} ${r.code} on ${r.asOf}: ${r.explanation}`).toBe(lagging && r.counts.DONE < n);
    }
    // 2019年末: most measures move as planned; the plan is not red.
    const end2019 = plan.find((r) => r.asOf === "2019-12-31")!;
    expect(end2019.status).not.toBe("LAGGING");
    expect(end2019.explanation).toMatch(/^\d+ 项中 .*占权重 \d+(\.\d)?%/);
    expect(end2019.explanationEn).toMatch(/^Of \d+, /);
  });

  it("follows the lagging share an admin sets", async () => {
    const [before] = await getRollups({ planId, asOf: "2021-12-31", level: "plan" });
    const late = before.counts.LAGGING + before.counts.OVERDUE;
    const n = Object.values(before.counts).reduce((a, b) => a + b, 0);
    expect(late).toBeGreaterThan(0);
    const share = late / n;
    await db.setting.upsert({
      where: { key: THRESHOLDS_KEY },
      update: { value: { atRisk: 0.1, lagging: 0.25, milestoneGraceDays: 30, laggingShare: Math.min(1, share + 0.01), riskShare: 0 } },
      create: { key: THRESHOLDS_KEY, value: { atRisk: 0.1, lagging: 0.25, milestoneGraceDays: 30, laggingShare: Math.min(1, share + 0.01), riskShare: 0 } },
    });
    const [above] = await getRollups({ planId, asOf: "2021-12-31", level: "plan" });
    expect(above.status).toBe("AT_RISK");
    await db.setting.update({ where: { key: THRESHOLDS_KEY }, data: { value: { atRisk: 0.1, lagging: 0.25, milestoneGraceDays: 30, laggingShare: share, riskShare: 0 } } });
    const [at] = await getRollups({ planId, asOf: "2021-12-31", level: "plan" });
    expect(at.status).toBe("LAGGING");
    await db.setting.deleteMany({ where: { key: THRESHOLDS_KEY } });
  });
});

describe("measures", () => {
  it("on and after the plan's last day, nothing unfinished is on track", async () => {
    for (const asOf of ["2021-12-31", "2022-06-30"]) {
      const rows = await getMeasureStatuses({ planId, asOf });
      expect(rows.length).toBeGreaterThan(90);
      for (const r of rows) expect(["DONE", "OVERDUE"], `${r.code} on ${asOf}: ${r.reason}`).toContain(r.status);
      const unfinished = rows.filter((r) => r.status === "OVERDUE");
      expect(unfinished.length).toBeGreaterThan(0);
    }
  });

  it("a measure with nothing numeric to measure takes the approved completion percentage, not a silent 0", async () => {
    const measure = await db.measure.findFirstOrThrow({
      where: { taskArea: { strategy: { planId } }, indicators: { none: { kind: { not: "MILESTONE" } } }, milestones: { none: {} } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, leadDepartment: { select: { code: true } } },
    });
    const officer = (await db.user.findFirstOrThrow({
      where: { role: "OFFICER", departments: { some: { department: { responsibleFor: { some: { measureId: measure.id } } } } } },
      orderBy: { id: "asc" },
      select: { username: true },
    })).username;
    const reportId = idOf(await submitAs(db, officer, measure.id, { period: "2021-11", percentComplete: "40" }));
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: reportId } })).percentComplete).toBe(40);
    // Not counted before it is approved.
    const [pending] = await getMeasureStatuses({ planId, asOf: "2021-11-30", measureIds: [measure.id] });
    expect(pending.progress).not.toBeCloseTo(0.4, 9);
    idOf(await approveAs(db, "leader", reportId));
    const [after] = await getMeasureStatuses({ planId, asOf: "2021-11-30", measureIds: [measure.id] });
    expect(after).toMatchObject({ status: "ON_TRACK", progressBasis: "reported" });
    expect(after.progress).toBeCloseTo(0.4, 9);
  });

  it("refuses a percentage for a measure whose progress its indicators measure, writing nothing", async () => {
    const measure = await db.measure.findFirstOrThrow({ where: { code: "A1-02" }, select: { id: true } });
    const officer = (await db.user.findFirstOrThrow({
      where: { role: "OFFICER", departments: { some: { department: { responsibleFor: { some: { measureId: measure.id } } } } } },
      orderBy: { id: "asc" },
      select: { username: true },
    })).username;
    const before = await db.progressReport.count();
    const state = await submitAs(db, officer, measure.id, { period: "2021-10", percentComplete: "50" });
    expect(state.ok).toBe(false);
    expect(!state.ok && state.fieldErrors?.percentComplete?.[0]).toBe("该举措的完成度由指标或里程碑计算，无需填报完成比例");
    const bad = await submitAs(db, officer, measure.id, { period: "2021-10", percentComplete: "120" });
    expect(!bad.ok && bad.fieldErrors?.percentComplete?.[0]).toBe("完成比例须为 0–100 的整数");
    expect(await db.progressReport.count()).toBe(before);
  });
});

describe("punctuality", () => {
  it("counts, on any day, the submitted reports due by then and those that came by their due day", async () => {
    // Every third day from before the plan to long after it, and every day of three months (the due
    // days), against a count straight from the reports (due on the measure's due day of the month
    // after the period; on time by that day in Shanghai).
    const days = `ARRAY(SELECT d::date FROM generate_series('2016-11-20'::date, '2022-04-10'::date, '3 days') AS d
      UNION SELECT d::date FROM generate_series('2019-06-01'::date, '2019-06-30'::date, '1 day') AS d
      UNION SELECT d::date FROM generate_series('2021-12-01'::date, '2022-01-31'::date, '1 day') AS d)`;
    const [row] = await db.$queryRawUnsafe<{ wrong: number; days: number; due: number }[]>(`
      WITH got AS (SELECT * FROM status_punctuality(${days}, ${planId}, NULL)),
      reports AS MATERIALIZED (
        SELECT m.id AS measure_id, (date_trunc('month', x."periodEnd") + interval '1 month')::date + (m."dueDay" - 1) AS due,
               (x."submittedAt" AT TIME ZONE 'Asia/Shanghai')::date AS submitted
        FROM "progress_report" x JOIN "measure" m ON m.id = x."measureId"
        WHERE x."submittedAt" IS NOT NULL
      ),
      want AS (
        SELECT d.as_of, m.id, count(r.due)::int AS due, (count(r.due) FILTER (WHERE r.submitted <= r.due))::int AS on_time
        FROM unnest(${days}) AS d(as_of)
        CROSS JOIN "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" s ON s.id = ta."strategyId" AND s."planId" = ${planId}
        LEFT JOIN reports r ON r.measure_id = m.id AND r.due <= d.as_of
        GROUP BY d.as_of, m.id
      )
      SELECT (SELECT count(*) FROM want w FULL JOIN got g ON g."asOf" = w.as_of AND g."measureId" = w.id
              WHERE g."reportsDue" IS DISTINCT FROM w.due OR g."reportsOnTime" IS DISTINCT FROM w.on_time)::int AS wrong,
             (SELECT count(DISTINCT as_of) FROM want)::int AS days,
             (SELECT max(due) FROM want)::int AS due`);
    expect(row.days).toBeGreaterThan(700);
    expect(row.due).toBeGreaterThan(10);
    expect(row.wrong).toBe(0);
  });
});

describe("reads never write", () => {
  it("every status reads inside a read-only transaction, also right after an approval", async () => {
    // Something made stale and committed: the writer's commit rebuilt the snapshot.
    const m = await db.measure.findFirstOrThrow({ where: { code: "A1-03" }, select: { id: true, weight: true } });
    await db.measure.update({ where: { id: m.id }, data: { weight: 2 } });
    expect(await db.statusStaleMeasure.count()).toBe(0);
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
      const rollups = await tx.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM status_rollups(ARRAY['2019-12-31', '2019-06-17']::date[], ${planId}, NULL, NULL)`,
      );
      expect(rollups[0].n).toBeGreaterThan(0);
      const measures = await tx.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM status_measure_rows(ARRAY['2019-12-31', '2019-06-17']::date[], ${planId}, NULL)`,
      );
      expect(measures[0].n).toBeGreaterThan(180);
    });
    await db.measure.update({ where: { id: m.id }, data: { weight: m.weight } });
  });
});

describe("reads only what they need", () => {
  // The rows a statement reads from a table (the snapshot by default): entries of its indexes and rows,
  // from the statistics counters before and after it, in one transaction (they are flushed only
  // between transactions). Nested loops are off: at the demo's size the planner may probe the
  // snapshot measure by measure, which hides what it does at 100 times (read every measure's rows
  // of the days, then keep the scope's) unless the scope is an index condition of the read itself.
  async function rowsRead(sql: string, table = "status_measure_snapshot"): Promise<number> {
    const counter = `SELECT (pg_stat_get_xact_tuples_returned('${table}'::regclass)
      + (SELECT coalesce(sum(pg_stat_get_xact_tuples_returned(i.indexrelid)), 0) FROM pg_index i
         WHERE i.indrelid = '${table}'::regclass))::int AS n`;
    return db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_nestloop = off");
      const [before] = await tx.$queryRawUnsafe<{ n: number }[]>(counter);
      await tx.$queryRawUnsafe(sql);
      const [after] = await tx.$queryRawUnsafe<{ n: number }[]>(counter);
      return after.n - before.n;
    });
  }

  it("a measure's trend reads that measure's snapshot rows, not every measure's of those days", async () => {
    const m = await db.measure.findFirstOrThrow({ where: { code: "A1-02", taskArea: { strategy: { planId } } }, select: { id: true } });
    const days = QUARTER_ENDS.map((d) => `'${d}'`).join(", ");
    const rows = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM status_measure_rows(ARRAY[${days}]::date[], ${planId}, ARRAY[${m.id}])`,
    );
    expect(rows[0].n).toBe(QUARTER_ENDS.length);
    // Before, the rows of every measure on those days (96 a day in the demo plan alone: ~2,000
    // counted) were read and all but this measure's dropped. Now its own 20 rows, each counted
    // once for each index the planner combines and once for the table: a few per row at most.
    const own = 6 * QUARTER_ENDS.length;
    expect(await rowsRead(`SELECT * FROM status_measure_rows(ARRAY[${days}]::date[], ${planId}, ARRAY[${m.id}])`)).toBeLessThanOrEqual(own);
  });

  it("a trend of the plan or a strategy reads the strategies' sums, not every task area's of those days", async () => {
    const days = QUARTER_ENDS.map((d) => `'${d}'`).join(", ");
    const strategy = await db.strategy.findFirstOrThrow({ where: { planId }, orderBy: { order: "asc" }, select: { id: true } });
    for (const sql of [
      `SELECT * FROM status_rollups(ARRAY[${days}]::date[], ${planId}, NULL, ARRAY['plan'])`,
      `SELECT * FROM status_rollups(ARRAY[${days}]::date[], ${planId}, ${strategy.id}, ARRAY['strategy'])`,
    ]) {
      // Before: each task area's sums on each day (~10 task areas × 20 days in the demo plan).
      expect(await rowsRead(sql, "status_area_sums"), sql).toBe(0);
      // Now: the strategies' sums instead.
      expect(await rowsRead(sql, "status_strategy_sums"), sql).toBeGreaterThan(0);
    }
  });

  it("punctuality on a day that is not a quarter end reads each measure's row of its month, not the reports due since", async () => {
    const sql = `SELECT * FROM status_punctuality(ARRAY['2019-06-17'::date], ${planId}, NULL)`;
    // Before: the snapshot of 2019-03-31 and every report due since (a few hundred in the demo plan).
    expect(await rowsRead(sql, "progress_report")).toBe(0);
    expect(await rowsRead(sql, "status_punctuality_month")).toBeGreaterThan(0);
  });
});
