import type { ReportForReview } from "@/lib/dal/reviews";
import { isInlineType } from "@/lib/evidence/file-headers";

const isPdf = (mime: string) => mime === "application/pdf";

/**
 * The report's evidence, seen without downloading it: images as images, a PDF in the browser's
 * own viewer, framed from the file route (?inline=1: the one response this site lets its own
 * pages frame, lib/evidence/file-headers.ts). Other files are links.
 */
export function EvidencePreview({ files }: { files: ReportForReview["attachments"] }) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="evidence-heading" className="mt-6">
      <h2 id="evidence-heading" className="font-semibold">证明材料</h2>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2">
        {files.map((a) => {
          const inline = `/api/attachments/${a.id}?inline=1`;
          const shown = isInlineType(a.mimeType);
          return (
            <li key={a.id} className={`min-w-0 rounded border border-stone-200 bg-white p-2 text-sm ${shown && isPdf(a.mimeType) ? "sm:col-span-2" : ""}`}>
              {shown && !isPdf(a.mimeType) && (
                // biome-ignore lint/performance/noImgElement: a user's evidence file, served by our own route
                <img src={inline} alt={`证明材料：${a.fileName}`} loading="lazy" className="mb-2 max-h-64 w-full max-w-full rounded bg-stone-100 object-contain" />
              )}
              {shown && isPdf(a.mimeType) && (
                <iframe src={inline} title={`证明材料预览：${a.fileName}`} loading="lazy" className="mb-2 h-[28rem] w-full max-w-full rounded border border-stone-200 bg-stone-100 sm:h-[36rem]" />
              )}
              <a className="break-all text-blue-800 underline" href={`/api/attachments/${a.id}`}>{a.fileName}</a>
              {shown && <> · <a className="text-blue-800 underline" href={inline} target="_blank" rel="noopener">在新窗口打开</a></>}
              <span className="text-stone-600">{a.isPublic ? "（通过后公开）" : "（仅内部）"}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
