import { describe, expect, it } from "vitest";
import { checkEvidenceFile, MAX_EVIDENCE_BYTES } from "./file-type";

const pdf = new TextEncoder().encode("%PDF-1.7\n");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
const html = new TextEncoder().encode("<html><script>");

describe("checkEvidenceFile", () => {
  it.each([
    ["验收报告.pdf", pdf, "application/pdf"],
    ["现场照片.PNG", png, "image/png"],
    ["台账.xlsx", zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["通知.docx", zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ])("accepts %s", (name, head, mime) => {
    expect(checkEvidenceFile({ name, size: 1000, head })).toEqual({ ok: true, mime });
  });
  it("rejects a script renamed to .pdf", () => {
    expect(checkEvidenceFile({ name: "a.pdf", size: 10, head: html })).toEqual({ ok: false, message: "文件“a.pdf”的内容与其扩展名不符" });
  });
  it.each(["a.html", "a.exe", "a.svg", "noextension"])("rejects the type of %s", (name) => {
    const r = checkEvidenceFile({ name, size: 10, head: pdf });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("类型不受支持");
  });
  it("enforces the size limit at exactly 20 MB", () => {
    expect(checkEvidenceFile({ name: "a.pdf", size: MAX_EVIDENCE_BYTES, head: pdf }).ok).toBe(true);
    expect(checkEvidenceFile({ name: "a.pdf", size: MAX_EVIDENCE_BYTES + 1, head: pdf }).ok).toBe(false);
    expect(checkEvidenceFile({ name: "a.pdf", size: 0, head: pdf }).ok).toBe(false);
  });
});
