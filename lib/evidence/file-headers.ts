// The headers of an evidence file served by GET /api/attachments/<id>. Pure: unit-tested.
//
// Every other response of the site forbids framing (frame-ancestors 'none', X-Frame-Options: DENY,
// next.config.ts). A file asked for inline (?inline=1) whose type a browser shows safely is the one
// exception: the review page frames a PDF, so that response may be framed by this origin only.
// Anything else (Office files, and any type not listed, SVG among them: it can carry scripts) is
// a download that nothing may frame. Either way the file's own policy runs no script.

/** The types a browser displays itself without running anything of the file's. */
export const INLINE_TYPES: ReadonlySet<string> = new Set(["image/png", "image/jpeg", "image/webp", "image/gif", "application/pdf"]);

// Chromium shows a PDF through its own viewer, embedded in the file's document: the policy lets
// that document embed ('self') and style it. No `sandbox` here (the download's policy has it): a
// sandboxed document may load no plugin, and the viewer was a plugin in the older Chromium
// kernels of browsers still common on office PCs. Chromium 156 here renders the file under
// either policy; scripts stay off through default-src 'none' (no script-src). The e2e test
// tests/e2e/review-evidence.spec.ts checks that the viewer loads in the review page's frame.
const INLINE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";
const DOWNLOAD_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export type EvidenceFile = { fileName: string; mimeType: string; isPublished: boolean };

export function isInlineType(mimeType: string): boolean {
  return INLINE_TYPES.has(mimeType.toLowerCase());
}

/** Headers of a refusal or an error of the file route: a download's (framed by no one). */
export const FILE_ROUTE_BASE_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": DOWNLOAD_CSP,
  "X-Frame-Options": "DENY",
};

export function evidenceFileHeaders({ file, byteLength, wantsInline }: { file: EvidenceFile; byteLength: number; wantsInline: boolean }): Record<string, string> {
  const inline = wantsInline && isInlineType(file.mimeType);
  return {
    ...FILE_ROUTE_BASE_HEADERS,
    "Content-Type": file.mimeType,
    "Content-Length": String(byteLength),
    "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "Cache-Control": file.isPublished ? "public, max-age=300" : "private, no-store",
    ...(inline && { "Content-Security-Policy": INLINE_CSP, "X-Frame-Options": "SAMEORIGIN" }),
  };
}
