import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, reportingFixture, writeFootprint } from "../support/db-utils";
import { signInAs, testSession } from "./session";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

let fx: Awaited<ReturnType<typeof reportingFixture>>;
beforeEach(async () => {
  fx = await reportingFixture(db);
  signInAs(null);
});

const currentVersion = async () => (await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id } })).version;

async function validInput(overrides: Record<string, unknown> = {}) {
  return {
    measureId: String(fx.measure.id),
    period: "2021-12",
    status: "ON_TRACK",
    narrative: "本月完成两个项目的竣工验收，整体按计划推进。",
    basedOnVersion: String(await currentVersion()),
    values: { [String(fx.measure.indicators[0].id)]: "12" },
    ...overrides,
  };
}

function asFormData(input: Record<string, unknown>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) {
    if (v && typeof v === "object") for (const [sub, val] of Object.entries(v)) form.append(`${k}.${sub}`, String(val));
    else form.append(k, String(v));
  }
  return form;
}

describe("submitProgressReport: the wrapper's refusals write nothing", () => {
  it("refuses a caller without a session", async () => {
    const before = await writeFootprint(db);
    const result = await submitProgressReport(null, asFormData(await validInput()));
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await writeFootprint(db)).toEqual(before);
  });

  it.each(["leader", "admin"])("refuses the %s role (reporting is an officer's job)", async (username) => {
    signInAs(await actorOf(db, username));
    const before = await writeFootprint(db);
    const result = await submitProgressReport(null, asFormData(await validInput()));
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await writeFootprint(db)).toEqual(before);
  });

  it("refuses an officer of another department, as if the measure did not exist", async () => {
    signInAs(await actorOf(db, fx.outsider));
    const before = await writeFootprint(db);
    const result = await submitProgressReport(null, await validInput());
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(result.message).toMatch(/未找到该举措/);
    expect(await writeFootprint(db)).toEqual(before);
  });

  it("refuses bad input with Chinese field errors", async () => {
    signInAs(await actorOf(db, fx.own));
    const before = await writeFootprint(db);
    const result = await submitProgressReport(
      null,
      asFormData(await validInput({ period: "2021-13", status: "GREEN", narrative: "", values: { [String(fx.measure.indicators[0].id)]: "-5" } })),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid");
    const fields = result.fieldErrors ?? {};
    expect(Object.keys(fields).sort()).toEqual(["narrative", "period", "status", `values.${fx.measure.indicators[0].id}`].sort());
    for (const messages of Object.values(fields)) expect(messages[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(await writeFootprint(db)).toEqual(before);
  });

  it("refuses a value for an indicator of another measure", async () => {
    signInAs(await actorOf(db, fx.own));
    const foreign = await db.indicator.findFirstOrThrow({ where: { measureId: { not: fx.measure.id } }, select: { id: true } });
    const before = await writeFootprint(db);
    const result = await submitProgressReport(null, await validInput({ values: { [String(foreign.id)]: "3" } }));
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [`values.${foreign.id}`]: ["该指标不属于此举措"] } });
    expect(await writeFootprint(db)).toEqual(before);
  });

  it("refuses a period after the plan's end", async () => {
    signInAs(await actorOf(db, fx.own));
    const before = await writeFootprint(db);
    const result = await submitProgressReport(null, await validInput({ period: "2022-01" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { period: ["填报期晚于规划期结束月份"] } });
    expect(await writeFootprint(db)).toEqual(before);
  });

  it("refuses a future period", async () => {
    signInAs(await actorOf(db, fx.own));
    const before = await writeFootprint(db);
    const result = await submitProgressReport(null, await validInput({ period: "2999-01" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { period: ["不能填报尚未开始的月份"] } });
    expect(await writeFootprint(db)).toEqual(before);
  });

  it("refuses a report based on a stale version as a conflict", async () => {
    signInAs(await actorOf(db, fx.own));
    const stale = await validInput();
    expect((await submitProgressReport(null, stale)).ok).toBe(true);
    const before = await writeFootprint(db);
    const result = await submitProgressReport(null, stale);
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(result.message).toMatch(/已被他人更新/);
    expect(await writeFootprint(db)).toEqual(before);
  });
});

describe("submitProgressReport: an officer's own measure", () => {
  it("stores the report, its values and an audit entry, and bumps the version", async () => {
    const actor = await actorOf(db, fx.own);
    signInAs(actor);
    const version = await currentVersion();
    const result = await submitProgressReport(null, asFormData(await validInput()));
    expect(result).toMatchObject({ ok: true, message: "填报已提交，等待分管领导审核。" });
    if (!result.ok) return;
    const report = await db.progressReport.findUniqueOrThrow({ where: { id: result.id }, include: { values: true } });
    expect(report).toMatchObject({ measureId: fx.measure.id, authorId: actor.id, reviewState: "SUBMITTED", status: "ON_TRACK", basedOnVersion: version, isDemo: false });
    expect(report.submittedAt).toBeInstanceOf(Date);
    expect(report.periodStart.toISOString().slice(0, 10)).toBe("2021-12-01");
    expect(report.periodEnd.toISOString().slice(0, 10)).toBe("2021-12-31");
    expect(report.values.map((v) => [v.indicatorId, Number(v.value)])).toEqual([[fx.measure.indicators[0].id, 12]]);
    expect(await currentVersion()).toBe(version + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "progress_report.save", objectId: String(result.id) } });
    expect(audit).toMatchObject({ actorId: actor.id, actorName: actor.username, objectType: "progress_report", ip: "203.0.113.7" });
    expect(audit.after).toMatchObject({ measure: fx.measure.code, period: "2021-12", reviewState: "SUBMITTED" });
  });

  it("saves a draft when asked to", async () => {
    signInAs(await actorOf(db, fx.own));
    const result = await submitProgressReport(null, await validInput({ intent: "draft" }));
    expect(result).toMatchObject({ ok: true, message: "草稿已保存。" });
    if (!result.ok) return;
    const report = await db.progressReport.findUniqueOrThrow({ where: { id: result.id } });
    expect(report.reviewState).toBe("DRAFT");
    expect(report.submittedAt).toBeNull();
    expect(testSession.invalidatedTags).toEqual([]);
  });
});
