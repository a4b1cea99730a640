import { getCurrentUser } from "@/lib/auth/current-user";
import { AUDIT_EXPORT_LIMIT, searchAuditLog } from "@/lib/dal/admin";
import { describeAuditRows, type DescribedAuditRow } from "@/lib/dal/audit";
import { auditQueryOf } from "@/lib/audit/query";
import { toCsv, type Column } from "@/lib/open-data/csv";
import { toXlsx } from "@/lib/open-data/xlsx";
import { formatShanghaiTime } from "@/lib/format-time";

// GET /api/audit?format=csv|xlsx&actor=…&action=…&objectType=…&from=…&to=… — the audit log as the
// page filters it, for admins only (anyone else: 404), newest first, at most AUDIT_EXPORT_LIMIT rows.

type Line = { at: string; actor: string; action: string; code: string; object: string; ip: string; changes: string; before: string; after: string };

const COLUMNS: Column<Line>[] = [
  { key: "at", header: "时间（北京时间）" }, { key: "actor", header: "操作人" }, { key: "action", header: "操作" }, { key: "code", header: "操作代码" },
  { key: "object", header: "对象" }, { key: "ip", header: "IP" }, { key: "changes", header: "变更内容" }, { key: "before", header: "变更前（原始记录）" },
  { key: "after", header: "变更后（原始记录）" },
];

const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

function toLine(r: DescribedAuditRow): Line {
  return {
    at: formatShanghaiTime(r.at), actor: r.actorName, action: r.actionLabel, code: r.action, object: r.object, ip: r.ip ?? "",
    changes: r.changes.map((c) => `${c.label}：${c.before ?? "—"} → ${c.after ?? "—"}`).join("\n"), before: json(r.before), after: json(r.after),
  };
}

const notFound = () => new Response("未找到。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (user?.role !== "ADMIN" || user.mustChangePassword) return notFound();
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  if (format !== "csv" && format !== "xlsx") return notFound();
  const { rows } = await searchAuditLog(user, auditQueryOf(params), { all: true });
  const lines = (await describeAuditRows(rows)).map(toLine);
  const name = `审计日志-${new Date().toISOString().slice(0, 10)}.${format}`;
  const headers = {
    "Cache-Control": "private, no-store",
    "Content-Disposition": `attachment; filename="audit-log.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "X-Liushi-Rows": String(lines.length),
    "X-Liushi-Limit": String(AUDIT_EXPORT_LIMIT),
  };
  if (format === "csv") return new Response(toCsv(lines, COLUMNS), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  return new Response(await toXlsx(lines, COLUMNS, "审计日志"), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
