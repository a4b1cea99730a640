// Issue 12 item 1: at most one submitted, unreviewed report per measure and period. A second
// submission replaces the pending one (kept in the history as withdrawn), a stale report can never
// be approved over a newer approval, and the database itself holds the rule, under concurrency too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { actorOf } from "../support/db-utils";
import { approveAs, idOf, officerOf, submitAs } from "../support/report-flow";
import { signInAs } from "./session";

const db = createPrismaClient();
afterAll(() => db.$disconnect());
// The seed plan: other test files add plans (a next one among them, tests/integration/next-plan.test.ts).
const ofCurrentPlan = { taskArea: { strategy: { plan: { state: "CURRENT" as const } } } };

let project: { id: number; milestoneId: number; officer: string };
let measure: { id: number; indicatorId: number; officer: string };
beforeAll(async () => {
  const p = await db.measure.findFirstOrThrow({
    where: { ...ofCurrentPlan, kind: "PROJECT", milestones: { some: {} }, departments: { some: { department: { users: { some: { user: { role: "OFFICER", isActive: true } } } } } } },
    orderBy: { code: "desc" },
    select: { id: true, milestones: { orderBy: { order: "desc" }, take: 1, select: { id: true } } },
  });
  project = { id: p.id, milestoneId: p.milestones[0].id, officer: await officerOf(db, p.id) };
  const m = await db.measure.findFirstOrThrow({
    where: { ...ofCurrentPlan, kind: "MEASURE", indicators: { some: { derivedFromChildren: false, kind: "COUNT" } }, departments: { some: { department: { users: { some: { user: { role: "OFFICER", isActive: true } } } } } } },
    orderBy: { code: "desc" },
    select: { id: true, indicators: { where: { derivedFromChildren: false, kind: "COUNT" }, take: 1, select: { id: true } } },
  });
  measure = { id: m.id, indicatorId: m.indicators[0].id, officer: await officerOf(db, m.id) };
});

const pendingFor = (measureId: number, periodEnd: string) =>
  db.progressReport.findMany({ where: { measureId, periodEnd: new Date(periodEnd), reviewState: "SUBMITTED" }, select: { id: true } });

describe("a second submission for a period", () => {
  it("replaces the pending one, which stays in the history as withdrawn", async () => {
    const first = idOf(await submitAs(db, measure.officer, measure.id, { period: "2021-07", [`values.${measure.indicatorId}`]: "20" }));
    // The officer reloads the page (a new version) and submits a correction.
    const second = idOf(await submitAs(db, measure.officer, measure.id, { period: "2021-07", [`values.${measure.indicatorId}`]: "21" }));
    expect((await pendingFor(measure.id, "2021-07-31")).map((r) => r.id)).toEqual([second]);
    const replaced = await db.progressReport.findUniqueOrThrow({ where: { id: first }, include: { values: true } });
    expect(replaced).toMatchObject({ reviewState: "WITHDRAWN" });
    expect(Number(replaced.values[0].value)).toBe(20); // kept as it was
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ reviewState: "SUBMITTED", revisesId: first });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "progress_report.save", objectId: String(second) } });
    expect(audit.after).toMatchObject({ replaces: first });
  });

  it("publishes the correction's milestone date, and the stale report cannot be approved after it", async () => {
    const stale = idOf(await submitAs(db, project.officer, project.id, { period: "2021-12", [`milestones.${project.milestoneId}`]: "2021-12-20" }));
    const correction = idOf(await submitAs(db, project.officer, project.id, { period: "2021-12", [`milestones.${project.milestoneId}`]: "2021-12-21" }));
    expect(await approveAs(db, "leader", correction)).toMatchObject({ ok: true });
    expect(await approveAs(db, "leader", stale)).toMatchObject({ ok: false, code: "conflict" });
    const milestone = await db.milestone.findUniqueOrThrow({ where: { id: project.milestoneId } });
    expect(milestone.actualDate?.toISOString().slice(0, 10)).toBe("2021-12-21");
  });
});

describe("approving a report older than one already approved for its period", () => {
  it("is refused: an old draft submitted after a newer approval cannot overwrite it", async () => {
    const draft = idOf(await submitAs(db, measure.officer, measure.id, { period: "2021-06", intent: "draft", [`values.${measure.indicatorId}`]: "5" }));
    const newer = idOf(await submitAs(db, measure.officer, measure.id, { period: "2021-06", [`values.${measure.indicatorId}`]: "6" }));
    expect(await approveAs(db, "leader", newer)).toMatchObject({ ok: true });
    idOf(await submitAs(db, measure.officer, measure.id, { period: "2021-06", draftId: String(draft), [`values.${measure.indicatorId}`]: "5" }));
    const result = await approveAs(db, "leader", draft);
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(result.message).toMatch(/已有更新的填报审核通过/);
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: draft } })).reviewState).toBe("SUBMITTED");
  });
});

describe("the database", () => {
  it("holds at most one pending report per measure and period, whatever writes it, even concurrently", async () => {
    const author = await db.user.findUniqueOrThrow({ where: { username: measure.officer } });
    const writers = Array.from({ length: 8 }, (_, i) =>
      db.$transaction(async (tx) => {
        const r = await tx.progressReport.create({
          data: { measureId: measure.id, periodStart: new Date("2021-05-01"), periodEnd: new Date("2021-05-31"), status: "ON_TRACK", narrative: `并发写入 ${i}`, authorId: author.id, basedOnVersion: 1 },
        });
        await tx.progressReport.update({ where: { id: r.id }, data: { reviewState: "SUBMITTED", submittedAt: new Date() } });
      }),
    );
    const results = await Promise.allSettled(writers);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await pendingFor(measure.id, "2021-05-31")).toHaveLength(1);
  });

  it("and 20 concurrent submissions through the form leave exactly one pending report", async () => {
    const { version } = await db.measure.findUniqueOrThrow({ where: { id: measure.id } });
    signInAs(await actorOf(db, measure.officer));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        submitProgressReport(null, {
          measureId: measure.id, period: "2021-04", status: "ON_TRACK", narrative: `并发填报第 ${i} 份。`, basedOnVersion: i % 2 ? version : version + 1,
          values: { [String(measure.indicatorId)]: String(i) },
        }),
      ),
    );
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (!r.ok) expect(r.code).toBe("conflict");
    expect(await pendingFor(measure.id, "2021-04-30")).toHaveLength(1);
  });
});
