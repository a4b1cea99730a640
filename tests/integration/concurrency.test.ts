import { afterAll, describe, expect, it } from "vitest";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { updateMeasure } from "@/lib/actions/update-measure";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, reportingFixture } from "../support/db-utils";
import { signInAs } from "./session";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

describe("50 concurrent conflicting updates", () => {
  it("of a measure's progress: one applies, 49 are told of the conflict, none is lost", async () => {
    const fx = await reportingFixture(db);
    signInAs(await actorOf(db, fx.own));
    const { version } = await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id } });
    const reportsBefore = await db.progressReport.count({ where: { measureId: fx.measure.id } });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        submitProgressReport(null, {
          measureId: fx.measure.id, period: "2021-08", status: "ON_TRACK", narrative: `并发填报第 ${i} 份，内容各不相同。`, basedOnVersion: version,
          values: { [String(fx.measure.indicators[0].id)]: String(i) },
        }),
      ),
    );
    const applied = results.filter((r) => r.ok);
    expect(applied).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(49);
    expect(await db.progressReport.count({ where: { measureId: fx.measure.id } })).toBe(reportsBefore + 1);
    const stored = await db.progressReport.findUniqueOrThrow({ where: { id: applied[0].ok ? applied[0].id : -1 }, include: { values: true } });
    expect(stored.narrative).toMatch(/^并发填报第 (\d+) 份/);
    expect(Number(stored.values[0].value)).toBe(Number(stored.narrative.match(/第 (\d+) 份/)![1]));
    expect((await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id } })).version).toBe(version + 1);
  });

  it("of a measure's structure: the one applied is the one stored", async () => {
    const fx = await reportingFixture(db);
    signInAs(await actorOf(db, "admin"));
    const m = await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id } });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        updateMeasure(null, {
          measureId: m.id, version: m.version, title: `${m.title}（修订${i}）`, leadDepartmentId: m.leadDepartmentId, departmentIds: [],
          weight: "1", reportingCycle: "MONTHLY", dueDay: 5,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(49);
    const winner = results.findIndex((r) => r.ok);
    expect((await db.measure.findUniqueOrThrow({ where: { id: m.id } })).title).toBe(`${m.title}（修订${winner}）`);
  });
});
