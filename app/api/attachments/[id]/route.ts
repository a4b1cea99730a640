import { getCurrentUser } from "@/lib/auth/current-user";
import { getAttachmentForViewer } from "@/lib/dal/attachments";
import { readStoredFile } from "@/lib/evidence/storage";
import { parseId } from "@/lib/validation/route-params";

const notFound = () => new Response("未找到该文件，或您无权查看。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// Shown in the browser (?inline=1) only for kinds it displays safely; everything else downloads.
const INLINE = new Set(["application/pdf", "image/png", "image/jpeg", "image/webp"]);

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Past PostgreSQL's integer range (99999999999999999999) the query would fail: no such file.
  const id = parseId((await params).id);
  if (id === null) return notFound();
  // An account that must change its password first is shown what anyone is: published files.
  const user = await getCurrentUser();
  const file = await getAttachmentForViewer(id, user?.mustChangePassword ? null : user);
  if (!file) return notFound();
  let bytes: Buffer;
  try {
    bytes = await readStoredFile(file.storageKey);
  } catch (error) {
    console.error(`[attachments] file ${id} is missing on disk`, error);
    return notFound();
  }
  const inline = new URL(request.url).searchParams.get("inline") === "1" && INLINE.has(file.mimeType);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": file.isPublished ? "public, max-age=300" : "private, no-store",
    },
  });
}
