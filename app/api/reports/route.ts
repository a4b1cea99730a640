import { getCurrentUser } from "@/lib/auth/current-user";
import { buildPeriodicReport } from "@/lib/dal/periodic-report";
import { periodicReportXlsx } from "@/lib/periodic-report/xlsx";
import { parseReportRequest } from "@/lib/validation/periodic-report";

// GET /api/reports?period=2021-12[&strategy=A] — the 月报 / 季报 as an Excel workbook, for
// leaders and admins only (the route checks the session itself: the proxy only redirects pages).

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return text("请先登录。", 401);
  if (user.mustChangePassword || (user.role !== "LEADER" && user.role !== "ADMIN")) return text("您的账号无权下载报告。", 403);
  const parsed = parseReportRequest(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return text("报告参数无效。", 400);
  const req = parsed.data;
  const report = await buildPeriodicReport(req);
  if (!report) return text("没有可生成的报告：报告期不在规划期内或尚未结束，或范围不存在。", 404);
  const name = `柳市镇-${report.kind === "month" ? "月报" : "季报"}-${report.period.key}${req.strategy ? `-${req.strategy}` : ""}.xlsx`;
  return new Response(await periodicReportXlsx(report), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="liushi-report-${report.period.key}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
