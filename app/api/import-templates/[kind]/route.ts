import { getCurrentUser } from "@/lib/auth/current-user";
import { planStructureTemplate, progressTemplate } from "@/lib/dal/import-templates";
import { templateCsv, templateXlsx } from "@/lib/import/templates";
import { parsePositiveInt } from "@/lib/validation/route-params";

// GET /api/import-templates/{plan-structure|progress}.{xlsx|csv} — the import templates, pre-filled
// with the user's own data: plan structure for admins, progress for officers.

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
const NAMES = { "plan-structure": "规划结构导入模板", progress: "进展填报导入模板" } as const;

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const [kind, format] = (await params).kind.split(".", 2);
  if ((kind !== "plan-structure" && kind !== "progress") || (format !== "xlsx" && format !== "csv")) return text("未知的模板。", 404);
  const user = await getCurrentUser();
  if (!user) return text("请先登录。", 401);
  const allowed = kind === "plan-structure" ? user.role === "ADMIN" : user.role === "OFFICER";
  if (!allowed || user.mustChangePassword) return text("您的账号无权下载该模板。", 403);
  // ?plan=<id>: the structure of that plan (a draft being prepared); default the current plan.
  const plan = parsePositiveInt(new URL(request.url).searchParams.get("plan"));
  const spec = kind === "plan-structure" ? await planStructureTemplate(plan ?? undefined) : await progressTemplate(user);
  const disposition = `attachment; filename="liushi-${kind}.${format}"; filename*=UTF-8''${encodeURIComponent(`${NAMES[kind]}.${format}`)}`;
  if (format === "csv") {
    return new Response(templateCsv(spec), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition, "Cache-Control": "private, no-store" } });
  }
  return new Response(await templateXlsx(spec), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": disposition, "Cache-Control": "private, no-store" },
  });
}
