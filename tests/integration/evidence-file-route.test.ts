// Issue 14, item 4: GET /api/attachments/<id> serves a report's evidence to those who may see it,
// inline (and framable by this site's review page) only for images and PDFs asked for inline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAttachment } from "@/app/api/attachments/[id]/route";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, reportingFixture } from "../support/db-utils";
import { idOf, pdf, submitAs } from "../support/report-flow";
import { signInAs } from "./session";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

const PNG = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));
const DOCX = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])], "台账.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });

let fx: Awaited<ReturnType<typeof reportingFixture>>;
const ids: Record<string, number> = {};
beforeAll(async () => {
  fx = await reportingFixture(db);
  const report = idOf(await submitAs(db, fx.own, fx.measure.id, {
    period: "2021-09", evidence: [new File([PNG], "现场照片.png", { type: "image/png" }), pdf("验收报告.pdf"), DOCX],
  }));
  for (const a of await db.attachment.findMany({ where: { reportId: report }, select: { id: true, fileName: true } })) ids[a.fileName] = a.id;
});

const fetchFile = (name: string, query = "") =>
  getAttachment(new Request(`http://localhost/api/attachments/${ids[name]}${query}`), { params: Promise.resolve({ id: String(ids[name]) }) });

describe("GET /api/attachments/<id>", () => {
  it("a PDF asked inline: its stored type, inline, framed by this origin only, no script", async () => {
    signInAs(await actorOf(db, "leader"));
    const response = await fetchFile("验收报告.pdf", "?inline=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename*=UTF-8''${encodeURIComponent("验收报告.pdf")}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe("%PDF-1.7\n验收");
  });

  it("an image asked inline is inline; without ?inline=1 every file is a download nothing may frame", async () => {
    signInAs(await actorOf(db, fx.own));
    const image = await fetchFile("现场照片.png", "?inline=1");
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);
    for (const name of ["现场照片.png", "验收报告.pdf"]) {
      const download = await fetchFile(name);
      expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(download.headers.get("x-frame-options")).toBe("DENY");
      expect(download.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("an Office file stays a download when asked inline", async () => {
    signInAs(await actorOf(db, "leader"));
    const response = await fetchFile("台账.docx", "?inline=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });

  it("an unpublished file is 404 to an officer of another department and to a visitor, with a download's headers", async () => {
    for (const actor of [await actorOf(db, fx.outsider), null]) {
      signInAs(actor);
      const response = await fetchFile("验收报告.pdf", "?inline=1");
      expect(response.status).toBe(404);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });
});
