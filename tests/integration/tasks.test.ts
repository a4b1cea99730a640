import { afterAll, describe, expect, it } from "vitest";
import { listTasks } from "@/lib/dal/tasks";
import { getMeasureStatuses } from "@/lib/dal/status";
import { createPrismaClient } from "@/lib/prisma-client";
import { countQueries } from "../support/query-counter";
import { actorOf } from "../support/db-utils";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

// 我的任务 on the seeded demo plan (quarterly reports; 便民服务中心 A1-01-P02's 2021 Q4 report is a
// draft, C4-06's was returned): each line's due day and marks, and the engine's status.
describe("listTasks", () => {
  it("marks the overdue quarter of an officer's measure, with its due day, in two statements", async () => {
    const actor = await actorOf(db, "dangzheng");
    const { result, queries } = await countQueries(() => listTasks(actor, "2026-11-29"));
    expect(queries).toBe(2);
    const line = result.rows.find((r) => r.code === "A1-01-P02")!;
    expect(line.due).toEqual({ period: { key: "2021-Q4", label: "2021年第四季度", due: "2022-01-05" }, overdue: 1, dueSoon: false, returned: 0, pending: 0 });
    expect(line.lastReport).toMatchObject({ period: "2021-12", reviewState: "DRAFT" });
    const others = result.rows.filter((r) => r.code !== "A1-01-P02");
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) expect(r.due.overdue, r.code).toBe(0);
  });

  it("marks a returned report, and a quarter due soon on a day inside the plan", async () => {
    const paichusuo = await listTasks(await actorOf(db, "paichusuo"), "2026-11-29");
    expect(paichusuo.rows.find((r) => r.code === "C4-06")!.due).toMatchObject({ returned: 1, overdue: 0 });
    // A monthly measure on 2019-08-01: July is due on 2019-08-05 (the demo's quarterly reports
    // answer for March, June …, so April and May 2019 are overdue too).
    const id = (await db.measure.findUniqueOrThrow({ where: { code: "B1-01" }, select: { id: true } })).id;
    await db.measure.update({ where: { id }, data: { reportingCycle: "MONTHLY" } });
    try {
      const { rows } = await listTasks(await actorOf(db, "xuanchuan"), "2019-08-01");
      expect(rows.find((r) => r.code === "B1-01")!.due).toMatchObject({ period: { key: "2019-05", due: "2019-06-05" }, overdue: 2 * 9 + 2, dueSoon: true });
    } finally {
      await db.measure.update({ where: { id }, data: { reportingCycle: "QUARTERLY" } });
    }
  });

  it("gives a leader every measure with the status engine's status", async () => {
    const { rows } = await listTasks(await actorOf(db, "leader"), "2026-11-29");
    const plan = await db.plan.findFirstOrThrow({ where: { state: "CURRENT" }, select: { id: true } });
    const engine = await getMeasureStatuses({ planId: plan.id, asOf: "2021-12-31" });
    // Other test files may add plans or measures to the shared database: compare the plan's own.
    const byId = new Map(engine.map((e) => [e.measureId, e.status]));
    const ofPlan = rows.filter((r) => byId.has(r.id));
    expect(ofPlan.length).toBe(engine.length);
    for (const r of ofPlan) expect(r.status, r.code).toBe(byId.get(r.id));
  });
});
