import { readdir } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { withUploadedEvidence } from "../support/evidence-upload";
import { approveProgressReport } from "@/lib/actions/approve-progress-report";
import { returnProgressReport } from "@/lib/actions/return-progress-report";
import { STORAGE_KEY, uploadDir } from "@/lib/evidence/upload-dir";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, reportingFixture, writeFootprint } from "../support/db-utils";
import { signInAs, testSession } from "./session";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

let fx: Awaited<ReturnType<typeof reportingFixture>>;
beforeEach(async () => {
  fx = await reportingFixture(db);
});

const version = async () => (await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id } })).version;
// Stored evidence files (incoming/ holds uploads not yet part of a report).
const storedFiles = async () => (await readdir(uploadDir()).catch(() => [] as string[])).filter((name) => STORAGE_KEY.test(name));

async function submitAsOfficer(extra: Record<string, unknown> = {}) {
  signInAs(await actorOf(db, fx.own));
  const form = new FormData();
  const fields: Record<string, string> = {
    measureId: String(fx.measure.id), period: "2021-09", status: "ON_TRACK", narrative: "三季度按计划推进，完成阶段目标。",
    basedOnVersion: String(await version()), [`values.${fx.measure.indicators[0].id}`]: "7",
  };
  for (const [k, v] of Object.entries({ ...fields, ...extra })) form.append(k, v as string | Blob);
  const uploaded = await withUploadedEvidence(form);
  return uploaded.ok ? submitProgressReport(null, form) : uploaded;
}

describe("evidence files", () => {
  it("stores an accepted file on disk with its row, served later by id", async () => {
    const before = (await storedFiles()).length;
    const pdf = new File([new TextEncoder().encode("%PDF-1.7\n验收报告")], "竣工验收报告.pdf", { type: "application/pdf" });
    const result = await submitAsOfficer({ evidence: pdf, publishEvidence: "on" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const attachment = await db.attachment.findFirstOrThrow({ where: { reportId: result.id } });
    expect(attachment).toMatchObject({ fileName: "竣工验收报告.pdf", mimeType: "application/pdf", isPublic: true });
    expect(attachment.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    expect((await storedFiles()).length).toBe(before + 1);
  });

  it("refuses a disguised file and leaves neither a row nor a file behind", async () => {
    const filesBefore = (await storedFiles()).length;
    const footprint = await writeFootprint(db);
    const fake = new File(["<html><script>alert(1)</script>"], "报告.pdf", { type: "application/pdf" });
    const result = await submitAsOfficer({ evidence: fake });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { evidence: ["文件“报告.pdf”的内容与其扩展名不符"] } });
    expect(await writeFootprint(db)).toEqual(footprint);
    expect((await storedFiles()).length).toBe(filesBefore);
  });
});

describe("review: submit → return → revise → approve", () => {
  it("walks the whole flow and publishes only the approved revision", async () => {
    const milestone = await db.milestone.findFirst({ where: { measureId: fx.measure.id, actualDate: null } });
    const first = await submitAsOfficer();
    expect(first.ok).toBe(true);
    if (!first.ok) return;

    signInAs(await actorOf(db, "leader"));
    expect(await returnProgressReport(null, { reportId: first.id, comment: "短" })).toMatchObject({ ok: false, fieldErrors: { comment: [expect.stringContaining("至少 5 个字")] } });
    expect(await returnProgressReport(null, { reportId: first.id, comment: "数值与台账不一致，请核实。" })).toMatchObject({ ok: true });
    expect(await approveProgressReport(null, { reportId: first.id })).toMatchObject({ ok: false, code: "conflict" });

    const revision = await submitAsOfficer({
      revisesId: String(first.id),
      narrative: "已按审核意见核实台账，更正数值。",
      ...(milestone ? { [`milestones.${milestone.id}`]: "2021-09-15" } : {}),
    });
    expect(revision).toMatchObject({ ok: true });
    if (!revision.ok) return;
    expect(await submitAsOfficer({ revisesId: String(first.id) })).toMatchObject({ ok: false, code: "not_found" });
    expect(testSession.invalidatedTags).toEqual([]); // returning and resubmitting publish nothing

    signInAs(await actorOf(db, "leader"));
    expect(await approveProgressReport(null, { reportId: revision.id })).toMatchObject({ ok: true, message: "已审核通过，进展已在公开页面发布。" });
    expect(testSession.invalidatedTags).toEqual(["public-plan", `public-measure-${fx.measure.id}`]);
    const stored = await db.progressReport.findUniqueOrThrow({ where: { id: revision.id } });
    expect(stored).toMatchObject({ reviewState: "APPROVED", revisesId: first.id });
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: first.id } })).reviewState).toBe("RETURNED");
    if (milestone) {
      expect((await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).actualDate?.toISOString().slice(0, 10)).toBe("2021-09-15");
    }
  });

  it("keeps a leader to the strategies assigned", async () => {
    const outside = await db.progressReport.findFirstOrThrow({
      where: { reviewState: "SUBMITTED", measure: { taskArea: { strategy: { code: { not: "A" } } } } },
    });
    signInAs(await actorOf(db, "leader-a"));
    const footprint = await writeFootprint(db);
    expect(await approveProgressReport(null, { reportId: outside.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await writeFootprint(db)).toEqual(footprint);
  });

  it("lets the officer save a draft, then submit that same draft", async () => {
    const draft = await submitAsOfficer({ intent: "draft" });
    expect(draft).toMatchObject({ ok: true, message: "草稿已保存。" });
    if (!draft.ok) return;
    const submitted = await submitAsOfficer({ draftId: String(draft.id), narrative: "草稿补充完整后提交审核。" });
    expect(submitted).toMatchObject({ ok: true, id: draft.id });
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ reviewState: "SUBMITTED", narrative: "草稿补充完整后提交审核。" });
  });
});
