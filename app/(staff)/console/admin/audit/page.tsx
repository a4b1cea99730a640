import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { AUDIT_PAGE_SIZE, searchAuditLog, type AuditQuery } from "@/lib/dal/admin";
import { formatShanghaiTime } from "@/lib/format-time";
import { parsePositiveInt } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "审计日志" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 64) : undefined);
const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

function toQuery(sp: Search): AuditQuery {
  // A page past the integer range would make the query fail: the first page instead.
  return { actor: one(sp.actor), action: one(sp.action), objectType: one(sp.objectType), from: day(one(sp.from)), to: day(one(sp.to)), page: parsePositiveInt(one(sp.page)) ?? 1 };
}

const short = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value).slice(0, 300));

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const admin = await requireUser({ roles: ["ADMIN"] });
  const query = toQuery(await searchParams);
  const { rows, total } = await searchAuditLog(admin, query);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const link = (page: number) => `?${new URLSearchParams(Object.entries({ ...query, page: String(page) }).filter(([, v]) => v !== undefined) as [string, string][])}`;
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">审计日志</h1>
      <p className="mt-1 text-sm text-stone-600">记录每一次数据变更和登录尝试（含失败）。日志只增不改，数据库禁止修改和删除，保存期不少于 180 天。时间为北京时间。</p>
      <form method="get" className="mt-4 grid gap-3 sm:grid-cols-6" role="search" aria-label="筛选审计日志">
        {[
          ["actor", "操作人", "text"],
          ["action", "操作（前缀，如 auth.）", "text"],
          ["objectType", "对象类型", "text"],
          ["from", "起始日期", "date"],
          ["to", "截止日期", "date"],
        ].map(([name, label, type]) => (
          <div key={name}>
            <label htmlFor={`a-${name}`} className="block text-xs font-medium">{label}</label>
            <input id={`a-${name}`} name={name} type={type} defaultValue={query[name as keyof AuditQuery] as string | undefined} className="mt-1 w-full rounded border border-stone-400 px-2 py-1 text-sm" />
          </div>
        ))}
        <div className="flex items-end"><button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-sm text-white">查询</button></div>
      </form>
      <p className="mt-4 text-sm" role="status">共 {total} 条，第 {query.page} / {pages} 页</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[56rem] border-collapse text-xs">
          <caption className="sr-only">审计日志</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              {["时间", "操作人", "操作", "对象", "IP", "变更前", "变更后"].map((h) => <th key={h} scope="col" className="py-1 pr-2">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-stone-100 align-top">
                <td className="py-1 pr-2 whitespace-nowrap">{formatShanghaiTime(r.at)}</td>
                <td className="py-1 pr-2">{r.actorName}</td>
                <td className="py-1 pr-2 font-mono">{r.action}</td>
                <td className="py-1 pr-2">{r.objectType}{r.objectId ? ` #${r.objectId}` : ""}</td>
                <td className="py-1 pr-2">{r.ip ?? "—"}</td>
                <td className="py-1 pr-2 font-mono break-all">{short(r.before)}</td>
                <td className="py-1 pr-2 font-mono break-all">{short(r.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="分页" className="mt-4 flex gap-4 text-sm">
        {query.page! > 1 && <a href={link(query.page! - 1)} className="text-blue-800 underline">上一页</a>}
        {query.page! < pages && <a href={link(query.page! + 1)} className="text-blue-800 underline">下一页</a>}
      </nav>
    </main>
  );
}
