import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

// An approved report with values (a qualitative measure's reports have none).
const approved = () => db.progressReport.findFirstOrThrow({ where: { reviewState: "APPROVED", values: { some: {} } }, include: { values: true } });

describe("the database holds its own invariants", () => {
  it("never deletes a progress report", async () => {
    const r = await approved();
    await expect(db.$executeRaw`DELETE FROM "progress_report" WHERE "id" = ${r.id}`).rejects.toThrow(/append-only/);
  });

  it("freezes a submitted report's content and values", async () => {
    const r = await approved();
    await expect(db.progressReport.update({ where: { id: r.id }, data: { narrative: "改写" } })).rejects.toThrow(/a submitted report cannot be changed/);
    const v = r.values[0];
    await expect(
      db.progressValue.update({ where: { reportId_indicatorId: { reportId: v.reportId, indicatorId: v.indicatorId } }, data: { value: 1 } }),
    ).rejects.toThrow(/rows of a submitted report cannot be changed/);
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: r.id } })).narrative).toBe(r.narrative);
  });

  it("moves the review state only forward", async () => {
    const r = await approved();
    await expect(db.$executeRaw`UPDATE "progress_report" SET "reviewState" = 'SUBMITTED', "reviewerId" = NULL, "reviewedAt" = NULL WHERE "id" = ${r.id}`).rejects.toThrow(/review state cannot move|a reviewed report is final/);
  });

  it("requires a comment on a returned report", async () => {
    const r = await db.progressReport.findFirstOrThrow({ where: { reviewState: "SUBMITTED" } });
    await expect(
      db.progressReport.update({ where: { id: r.id }, data: { reviewState: "RETURNED", reviewedAt: new Date(), reviewerId: r.authorId } }),
    ).rejects.toThrow(/returned_comment/);
  });

  it("keeps the audit log append-only", async () => {
    const entry = await db.auditLog.findFirstOrThrow();
    await expect(db.$executeRaw`UPDATE "audit_log" SET "action" = 'x' WHERE "id" = ${entry.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "audit_log" WHERE "id" = ${entry.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "audit_log"`)).rejects.toThrow(/append-only/);
  });

  it("rejects an indicator whose deadline precedes its baseline, and a percent over 100", async () => {
    const i = await db.indicator.findFirstOrThrow();
    await expect(db.indicator.update({ where: { id: i.id }, data: { deadline: new Date("2000-01-01") } })).rejects.toThrow();
    await expect(db.indicator.update({ where: { id: i.id }, data: { kind: "PERCENT", targetValue: 150 } })).rejects.toThrow();
  });

  it("keeps measure order unique among top-level measures of a task area", async () => {
    const m = await db.measure.findFirstOrThrow({ where: { parentId: null, order: 0 } });
    const sibling = await db.measure.findFirstOrThrow({ where: { parentId: null, taskAreaId: m.taskAreaId, order: 1 } });
    await expect(db.measure.update({ where: { id: sibling.id }, data: { order: 0 } })).rejects.toThrow();
  });
});
