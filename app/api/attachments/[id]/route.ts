import { getCurrentUser } from "@/lib/auth/current-user";
import { getAttachmentForViewer } from "@/lib/dal/attachments";
import { evidenceFileHeaders, FILE_ROUTE_BASE_HEADERS } from "@/lib/evidence/file-headers";
import { readStoredFile } from "@/lib/evidence/storage";
import { parseId } from "@/lib/validation/route-params";

const notFound = () => new Response("未找到该文件，或您无权查看。", { status: 404, headers: { ...FILE_ROUTE_BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });

// Shown in the browser (?inline=1), and framed by the review page, only for kinds it displays
// safely; everything else downloads (lib/evidence/file-headers.ts). This route sets its own
// framing headers: next.config.ts leaves them to it.

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
  const wantsInline = new URL(request.url).searchParams.get("inline") === "1";
  return new Response(new Uint8Array(bytes), { headers: evidenceFileHeaders({ file, byteLength: bytes.byteLength, wantsInline }) });
}
