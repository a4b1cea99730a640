import type { ReportForReview } from "@/lib/dal/reviews";

const isImage = (mime: string) => /^image\/(png|jpeg|webp)$/.test(mime);

/**
 * The report's evidence, seen without downloading it: images inline; a PDF opens in the
 * browser's own viewer (?inline=1) — the site's security headers forbid framing any page,
 * so a PDF cannot be embedded here. Other files are links.
 */
export function EvidencePreview({ files }: { files: ReportForReview["attachments"] }) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="evidence-heading" className="mt-6">
      <h2 id="evidence-heading" className="font-semibold">证明材料</h2>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2">
        {files.map((a) => (
          <li key={a.id} className="rounded border border-stone-200 bg-white p-2 text-sm">
            {isImage(a.mimeType) && (
              <a href={`/api/attachments/${a.id}?inline=1`} target="_blank" rel="noopener">
                {/* biome-ignore lint/performance/noImgElement: a user's evidence file, served by our own route */}
                <img src={`/api/attachments/${a.id}`} alt={`证明材料：${a.fileName}`} loading="lazy" className="mb-2 max-h-64 w-full rounded bg-stone-100 object-contain" />
              </a>
            )}
            {a.mimeType === "application/pdf" && (
              <a href={`/api/attachments/${a.id}?inline=1`} target="_blank" rel="noopener" className="mb-2 flex h-24 items-center justify-center rounded bg-stone-100 text-stone-700">
                PDF · 在浏览器中打开预览
              </a>
            )}
            <a className="text-blue-800 underline" href={`/api/attachments/${a.id}`}>{a.fileName}</a>
            <span className="text-stone-600">{a.isPublic ? "（通过后公开）" : "（仅内部）"}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
