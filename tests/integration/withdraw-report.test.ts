// Issue 14 item 5: an officer withdraws (撤回) a submitted report nobody has reviewed yet: audited,
// through the wrapper, gone from the review queue, kept in the history, and revisable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawProgressReport } from "@/lib/actions/withdraw-progress-report";
import { listReviewQueue } from "@/lib/dal/reviews";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, writeFootprint } from "../support/db-utils";
import { approveAs, idOf, officerOf, pdf, submitAs } from "../support/report-flow";
import { signInAs } from "./session";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

let m: { id: number; indicatorId: number; officer: string; outsider: string };
beforeAll(async () => {
  const row = await db.measure.findFirstOrThrow({
    where: { kind: "MEASURE", indicators: { some: { derivedFromChildren: false, kind: "COUNT" } }, leadDepartment: { users: { some: { user: { role: "OFFICER" } } } } },
    orderBy: { code: "asc" },
    skip: 3,
    select: { id: true, departments: { select: { departmentId: true } }, indicators: { where: { derivedFromChildren: false, kind: "COUNT" }, take: 1, select: { id: true } } },
  });
  const outsider = await db.user.findFirstOrThrow({
    where: { role: "OFFICER", departments: { none: { departmentId: { in: row.departments.map((d) => d.departmentId) } } } },
    select: { username: true },
  });
  m = { id: row.id, indicatorId: row.indicators[0].id, officer: await officerOf(db, row.id), outsider: outsider.username };
});

const withdrawAs = async (username: string, reportId: number) => {
  signInAs(await actorOf(db, username));
  return withdrawProgressReport(null, { reportId: String(reportId) });
};

describe("withdrawing a submitted report", () => {
  it("takes it out of the review queue, audited, and keeps it in the history", async () => {
    const report = idOf(await submitAs(db, m.officer, m.id, { period: "2020-10", [`values.${m.indicatorId}`]: "4", evidence: pdf("进度照片.pdf") }));
    expect(await withdrawAs(m.officer, report)).toMatchObject({ ok: true, message: expect.stringContaining("已撤回") });
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: report } })).toMatchObject({ reviewState: "WITHDRAWN", reviewerId: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "progress_report.withdraw", objectId: String(report) } });
    expect(audit).toMatchObject({ actorName: m.officer, before: { reviewState: "SUBMITTED" }, after: expect.objectContaining({ reviewState: "WITHDRAWN" }) });
    expect((await listReviewQueue(await actorOf(db, "leader"))).map((r) => r.id)).not.toContain(report);
    expect(await approveAs(db, "leader", report)).toMatchObject({ ok: false, code: "conflict" });

    // Revised and resubmitted: linked to the withdrawn one, with its evidence.
    const again = idOf(await submitAs(db, m.officer, m.id, { period: "2020-10", revisesId: String(report), [`values.${m.indicatorId}`]: "5" }));
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: again }, include: { attachments: true } })).toMatchObject({
      reviewState: "SUBMITTED", revisesId: report, attachments: [expect.objectContaining({ fileName: "进度照片.pdf" })],
    });
  });

  it("is refused once reviewed, twice, to another department and to leaders, writing nothing", async () => {
    const report = idOf(await submitAs(db, m.officer, m.id, { period: "2020-09", [`values.${m.indicatorId}`]: "3" }));
    const before = await writeFootprint(db);
    expect(await withdrawAs(m.outsider, report)).toMatchObject({ ok: false, code: "not_found" });
    expect(await withdrawAs("leader", report)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await writeFootprint(db)).toEqual(before);
    expect(await approveAs(db, "leader", report)).toMatchObject({ ok: true });
    const after = await writeFootprint(db);
    expect(await withdrawAs(m.officer, report)).toMatchObject({ ok: false, code: "conflict", message: expect.stringMatching(/已审核/) });
    expect(await writeFootprint(db)).toEqual(after);
  });
});
