// Issue 12 item 2: revising a returned report carries its evidence over (the officer may remove
// any file); before, the revision silently dropped it and the public page lost its files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublicMeasure } from "@/lib/dal/public/measure";
import { readStoredFile } from "@/lib/evidence/storage";
import { importProgress } from "@/lib/actions/import-progress";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf } from "../support/db-utils";
import { signInAs } from "./session";
import { approveAs, idOf, officerOf, pdf, returnAs, submitAs } from "../support/report-flow";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

let m: { id: number; code: string; indicatorId: number; officer: string };
beforeAll(async () => {
  const row = await db.measure.findFirstOrThrow({
    where: { kind: "MEASURE", indicators: { some: { derivedFromChildren: false, kind: "COUNT" } }, leadDepartment: { users: { some: { user: { role: "OFFICER" } } } } },
    orderBy: { code: "asc" },
    skip: 1,
    select: { id: true, code: true, indicators: { where: { derivedFromChildren: false, kind: "COUNT" }, take: 1, select: { id: true } } },
  });
  m = { id: row.id, code: row.code, indicatorId: row.indicators[0].id, officer: await officerOf(db, row.id) };
});

const attachmentsOf = (reportId: number) => db.attachment.findMany({ where: { reportId }, orderBy: { id: "asc" } });

describe("return → revise → approve", () => {
  it("keeps the returned report's files, published after approval, and says so in the audit log", async () => {
    const first = idOf(await submitAs(db, m.officer, m.id, {
      period: "2021-03", [`values.${m.indicatorId}`]: "9", publishEvidence: "on", evidence: [pdf("验收报告.pdf", "一"), pdf("现场照片说明.pdf", "二")],
    }));
    expect(await returnAs(db, "leader", first)).toMatchObject({ ok: true });
    const revision = idOf(await submitAs(db, m.officer, m.id, { period: "2021-03", revisesId: String(first), [`values.${m.indicatorId}`]: "8" }));

    const [before, after] = [await attachmentsOf(first), await attachmentsOf(revision)];
    expect(after.map((a) => [a.fileName, a.sha256, a.isPublic])).toEqual(before.map((a) => [a.fileName, a.sha256, a.isPublic]));
    // Each row has its own stored file with the same bytes.
    expect(new Set([...before, ...after].map((a) => a.storageKey)).size).toBe(4);
    expect((await readStoredFile(after[0].storageKey)).toString("utf8")).toBe("%PDF-1.7\n一");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "progress_report.save", objectId: String(revision) } });
    expect((audit.after as { evidence: { fileName: string }[] }).evidence.map((e) => e.fileName)).toEqual(["验收报告.pdf", "现场照片说明.pdf"]);

    expect(await approveAs(db, "leader", revision)).toMatchObject({ ok: true });
    const page = await getPublicMeasure(m.code);
    expect(page?.evidence.map((e) => e.fileName)).toEqual(expect.arrayContaining(["验收报告.pdf", "现场照片说明.pdf"]));
  });

  it("leaves out the files the officer removed, and adds new ones", async () => {
    const first = idOf(await submitAs(db, m.officer, m.id, {
      period: "2021-02", [`values.${m.indicatorId}`]: "7", evidence: [pdf("旧台账.pdf"), pdf("通知.pdf")],
    }));
    expect(await returnAs(db, "leader", first)).toMatchObject({ ok: true });
    const [stale] = await attachmentsOf(first);
    const revision = idOf(await submitAs(db, m.officer, m.id, {
      period: "2021-02", revisesId: String(first), dropEvidence: String(stale.id), evidence: pdf("新台账.pdf"),
    }));
    expect((await attachmentsOf(revision)).map((a) => a.fileName).sort()).toEqual(["新台账.pdf", "通知.pdf"].sort());
    // The returned report keeps its own files: nothing is deleted from the history.
    expect(await attachmentsOf(first)).toHaveLength(2);
  });

  it("carries the files once when the revision is first saved as a draft, then submitted", async () => {
    const first = idOf(await submitAs(db, m.officer, m.id, { period: "2021-01", [`values.${m.indicatorId}`]: "6", evidence: pdf("证明.pdf") }));
    expect(await returnAs(db, "leader", first)).toMatchObject({ ok: true });
    const draft = idOf(await submitAs(db, m.officer, m.id, { period: "2021-01", revisesId: String(first), intent: "draft" }));
    expect(await attachmentsOf(draft)).toHaveLength(1);
    const submitted = idOf(await submitAs(db, m.officer, m.id, { period: "2021-01", revisesId: String(first), draftId: String(draft) }));
    expect(submitted).toBe(draft);
    expect(await attachmentsOf(draft)).toHaveLength(1);
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({ reviewState: "SUBMITTED", revisesId: first });
  });
});

describe("a revision imported from a spreadsheet", () => {
  it("carries the returned report's evidence over too", async () => {
    const first = idOf(await submitAs(db, m.officer, m.id, { period: "2020-12", [`values.${m.indicatorId}`]: "5", evidence: pdf("年度台账.pdf") }));
    expect(await returnAs(db, "leader", first)).toMatchObject({ ok: true });
    const indicator = await db.indicator.findUniqueOrThrow({ where: { id: m.indicatorId }, select: { code: true } });
    const csv = `举措编号,指标编号,填报期,本期数值,进展状态,进展情况说明\r\n${m.code},${indicator.code},2020-12,6,正常推进,按审核意见更正台账数值。\r\n`;
    signInAs(await actorOf(db, m.officer));
    const result = await importProgress(null, { dryRun: "false", file: new File([csv], "台账.csv", { type: "text/csv" }) });
    expect(result).toMatchObject({ ok: true });
    const revision = await db.progressReport.findFirstOrThrow({ where: { revisesId: first }, include: { attachments: true } });
    expect(revision.attachments.map((a) => a.fileName)).toEqual(["年度台账.pdf"]);
  });
});
