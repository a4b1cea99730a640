import { describe, expect, it } from "vitest";
import { evidenceFileHeaders, FILE_ROUTE_BASE_HEADERS } from "./file-headers";

const headersOf = (mimeType: string, wantsInline: boolean, fileName = "材料") =>
  evidenceFileHeaders({ file: { fileName, mimeType, isPublished: false }, byteLength: 42, wantsInline });

const SHOWN = ["image/png", "image/jpeg", "image/webp", "image/gif", "application/pdf"];
const DOWNLOADED = [
  "image/svg+xml",
  "text/html",
  "text/plain",
  "application/xhtml+xml",
  "application/octet-stream",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
];

describe("evidenceFileHeaders", () => {
  it.each(SHOWN)("%s asked inline: inline, framed by this origin only, no script", (mime) => {
    const h = headersOf(mime, true, "现场 照片");
    expect(h["Content-Type"]).toBe(mime);
    expect(h["Content-Disposition"]).toBe("inline; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%20%E7%85%A7%E7%89%87");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["X-Frame-Options"]).toBe("SAMEORIGIN");
    const csp = h["Content-Security-Policy"];
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/^default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(csp).not.toMatch(/'unsafe-eval'|\*/);
  });

  it.each(SHOWN)("%s not asked inline: a download nothing may frame", (mime) => {
    const h = headersOf(mime, false);
    expect(h["Content-Disposition"]).toMatch(/^attachment;/);
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });

  it.each(DOWNLOADED)("%s is always a download, even asked inline", (mime) => {
    const h = headersOf(mime, true);
    expect(h["Content-Type"]).toBe(mime);
    expect(h["Content-Disposition"]).toMatch(/^attachment;/);
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["Content-Security-Policy"]).toContain("sandbox");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("a type's case does not matter; parameters are not a way around the list", () => {
    expect(headersOf("IMAGE/PNG", true)["Content-Disposition"]).toMatch(/^inline;/);
    expect(headersOf("image/svg+xml; charset=utf-8", true)["Content-Disposition"]).toMatch(/^attachment;/);
    expect(headersOf("application/pdf; x=1", true)["Content-Disposition"]).toMatch(/^attachment;/);
  });

  it("length and caching follow the file", () => {
    expect(headersOf("application/pdf", true)).toMatchObject({ "Content-Length": "42", "Cache-Control": "private, no-store" });
    const published = evidenceFileHeaders({ file: { fileName: "a.pdf", mimeType: "application/pdf", isPublished: true }, byteLength: 7, wantsInline: false });
    expect(published["Cache-Control"]).toBe("public, max-age=300");
  });

  it("a refusal carries a download's headers", () => {
    expect(FILE_ROUTE_BASE_HEADERS).toEqual({ "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox", "X-Frame-Options": "DENY" });
  });
});
