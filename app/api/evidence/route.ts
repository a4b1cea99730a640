import { getCurrentUser } from "@/lib/auth/current-user";
import { stageEvidence } from "@/lib/evidence/staged-upload";
import { MAX_EVIDENCE_BYTES, tooLargeMessage } from "@/lib/evidence/file-type";
import { cleanFileName } from "@/lib/validation/file-name";
import { RATE_RULES, retryMessage } from "@/lib/rate-limit/rules";
import { takeUploadRate } from "@/lib/rate-limit/upload";
import { decodeParam } from "@/lib/validation/route-params";

// POST /api/evidence — one evidence file as the request body, its name in X-File-Name
// (percent-encoded). The report form sends each chosen file here first, then submits the report
// with the keys it got back. The body goes to disk as it arrives (lib/evidence/staged-upload.ts);
// the proxy does not run here, since Next.js would buffer a body the proxy may read.
// X-File-Name is also why another site cannot post here: a form cannot set it, and a script
// that does must pass a CORS preflight this route never grants.

const headers = { "Cache-Control": "no-store" };
const refuse = (status: number, message: string) => Response.json({ ok: false, message }, { status, headers });

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return refuse(401, "登录已失效，请重新登录后再试。");
  if (user.role !== "OFFICER") return refuse(403, "只有填报人员可以上传证明材料。");
  // Counted before a byte is read: a refused upload costs no disk.
  const rate = await takeUploadRate(user.id);
  if (!rate.allowed) {
    const seconds = Math.max(1, rate.retryAfterSeconds);
    return Response.json({ ok: false, message: retryMessage(RATE_RULES.upload, seconds) }, { status: 429, headers: { ...headers, "Retry-After": String(seconds) } });
  }
  const rawName = request.headers.get("x-file-name");
  if (rawName === null) return refuse(400, "缺少文件名。");
  const fileName = cleanFileName(decodeParam(rawName) ?? "", { fallback: "证明材料" });
  // A declared length past the limit is refused before a byte is read; an undeclared or lying
  // one is counted while reading.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_EVIDENCE_BYTES) return refuse(413, tooLargeMessage(fileName));
  if (!request.body) return refuse(400, `文件“${fileName}”是空文件`);
  const result = await stageEvidence(request.body, { fileName, uploadedById: user.id });
  if (!result.ok) return refuse(result.status, result.message);
  const { key, sizeBytes } = result.staged;
  return Response.json({ ok: true, key, fileName, sizeBytes }, { status: 201, headers });
}
