import { describe, expect, it } from "vitest";
import { reportFormStart, type FormStartReport } from "./form-start";

const report = (id: number, reviewState: FormStartReport["reviewState"], extra: Partial<FormStartReport> = {}): FormStartReport => ({
  id, period: "2021-12", status: "ON_TRACK", reviewState, narrative: `#${id}`, percentComplete: null, authorId: 1, reviewComment: null, revised: false, revisesId: null,
  values: { "7": "3" }, milestones: {}, attachments: [{ id: id * 10, fileName: `${id}.pdf`, isPublic: true }], ...extra,
});

describe("reportFormStart", () => {
  it("starts from the officer's own draft, keeping the report it revises and its files", () => {
    const r = reportFormStart([report(5, "DRAFT", { revisesId: 3 }), report(3, "RETURNED", { revised: true })], 1, "2021-12");
    expect(r).toMatchObject({ from: "draft", start: { draftId: 5, revisesId: 3, evidence: [{ id: 50 }] } });
  });
  it("ignores another officer's draft", () => {
    expect(reportFormStart([report(5, "DRAFT", { authorId: 2 })], 1, "2021-11").from).toBe("blank");
  });
  it("offers a returned report for revision, with its files and the comment", () => {
    const r = reportFormStart([report(4, "RETURNED", { reviewComment: "请补充" })], 1, "2021-12");
    expect(r).toMatchObject({ from: "returned", returnedComment: "请补充", start: { revisesId: 4, evidence: [{ id: 40, fileName: "4.pdf" }] } });
    expect(r.start.evidenceNote).toContain("退回");
  });
  it("offers a withdrawn report unless it was replaced or a later report of its period came in", () => {
    expect(reportFormStart([report(6, "WITHDRAWN")], 1, "2021-12")).toMatchObject({ from: "withdrawn", start: { revisesId: 6 } });
    expect(reportFormStart([report(6, "WITHDRAWN", { revised: true })], 1, "2021-12").from).toBe("blank");
    expect(reportFormStart([report(7, "APPROVED"), report(6, "WITHDRAWN")], 1, "2021-12").from).toBe("blank");
  });
  it("is blank otherwise, on the default period, with no files", () => {
    expect(reportFormStart([report(2, "SUBMITTED"), report(1, "APPROVED")], 1, "2021-10")).toEqual({
      from: "blank", returnedComment: null, start: { period: "2021-10", values: {}, milestones: {}, evidence: [], evidenceNote: "" },
    });
  });
});
