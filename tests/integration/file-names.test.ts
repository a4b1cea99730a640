import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { withUploadedEvidence } from "../support/evidence-upload";
import { GET as getAttachment } from "@/app/api/attachments/[id]/route";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, reportingFixture } from "../support/db-utils";
import { signInAs } from "./session";

// Issue 12, item 17: "x\u202Egnp.pdf" (right-to-left override) was stored as sent and shown as
// "xfdp.png" on every page that lists evidence, and in the download's file name.
const db = createPrismaClient();
afterAll(() => db.$disconnect());

let fx: Awaited<ReturnType<typeof reportingFixture>>;
beforeEach(async () => {
  fx = await reportingFixture(db);
  signInAs(await actorOf(db, fx.own));
});

async function submitWith(file: File) {
  const version = (await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id } })).version;
  const form = new FormData();
  const fields = { measureId: String(fx.measure.id), period: "2021-06", status: "ON_TRACK", narrative: "二季度按计划推进，附验收材料。", basedOnVersion: String(version) };
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("evidence", file);
  const uploaded = await withUploadedEvidence(form);
  return uploaded.ok ? submitProgressReport(null, form) : uploaded;
}

describe("uploaded file names", () => {
  it("are stored and served without bidi and other invisible characters", async () => {
    const result = await submitWith(new File([new TextEncoder().encode("%PDF-1.7\n")], "x\u202Egnp\u200B.pdf", { type: "application/pdf" }));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const attachment = await db.attachment.findFirstOrThrow({ where: { reportId: result.id } });
    expect(attachment.fileName).toBe("xgnp.pdf");
    const response = await getAttachment(new Request("http://localhost/"), { params: Promise.resolve({ id: String(attachment.id) }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''xgnp.pdf");
  });

  it("appear cleaned in a refusal too", async () => {
    const result = await submitWith(new File(["<html>"], "报告\u202Efdp.png", { type: "image/png" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { evidence: ["文件“报告fdp.png”的内容与其扩展名不符"] } });
  });

  it("the database refuses a name with them from any other writer", async () => {
    const report = await db.progressReport.findFirstOrThrow({ select: { id: true, authorId: true } });
    const write = (fileName: string) =>
      db.attachment.create({
        data: { reportId: report.id, fileName, mimeType: "application/pdf", sizeBytes: 1, storageKey: crypto.randomUUID(), sha256: "0".repeat(64), uploadedById: report.authorId },
      });
    await expect(write("x\u202Egnp.pdf")).rejects.toThrow(/attachment_file_name_check/);
    await expect(write("a\u2028b.pdf")).rejects.toThrow(/attachment_file_name_check/);
    await expect(write("")).rejects.toThrow(/attachment_file_name_check/);
  });
});
