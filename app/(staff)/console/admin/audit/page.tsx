import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { AUDIT_PAGE_SIZE, searchAuditLog } from "@/lib/dal/admin";
import { describeAuditRows } from "@/lib/dal/audit";
import { ACTION_LABEL, OBJECT_LABEL } from "@/lib/audit/labels";
import { auditQueryOf, auditSearch } from "@/lib/audit/query";
import { formatShanghaiTime } from "@/lib/format-time";

export const metadata: Metadata = { title: "审计日志" };

type Search = Record<string, string | string[] | undefined>;
const input = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const admin = await requireUser({ roles: ["ADMIN"] });
  const query = auditQueryOf(await searchParams);
  const { rows, total } = await searchAuditLog(admin, query);
  const described = await describeAuditRows(rows);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const link = (page: number) => `?${auditSearch({ ...query, page })}`;
  const exportLink = (format: string) => `/api/audit?${auditSearch({ ...query, page: undefined }, { format })}`;
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">审计日志</h1>
      <p className="mt-1 text-sm text-stone-600">记录每一次数据变更和登录尝试（含失败）。日志只增不改，数据库禁止修改和删除，保存期不少于 180 天。时间为北京时间。</p>
      <form method="get" className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-6" role="search" aria-label="筛选审计日志">
        <div>
          <label htmlFor="a-actor" className="block text-xs font-medium">操作人</label>
          <input id="a-actor" name="actor" defaultValue={query.actor} className={input} />
        </div>
        <div>
          <label htmlFor="a-action" className="block text-xs font-medium">操作</label>
          <select id="a-action" name="action" defaultValue={query.action ?? ""} className={input}>
            <option value="">全部</option>
            {query.action && !(query.action in ACTION_LABEL) && <option value={query.action}>{query.action}</option>}
            {Object.entries(ACTION_LABEL).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-objectType" className="block text-xs font-medium">对象</label>
          <select id="a-objectType" name="objectType" defaultValue={query.objectType ?? ""} className={input}>
            <option value="">全部</option>
            {Object.entries(OBJECT_LABEL).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-from" className="block text-xs font-medium">起始日期</label>
          <input id="a-from" name="from" type="date" defaultValue={query.from} className={input} />
        </div>
        <div>
          <label htmlFor="a-to" className="block text-xs font-medium">截止日期</label>
          <input id="a-to" name="to" type="date" defaultValue={query.to} className={input} />
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-sm text-white">查询</button>
          <a href="?" className="text-sm text-blue-800 underline">清除</a>
        </div>
      </form>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
        <p role="status">共 {total} 条，第 {query.page} / {pages} 页</p>
        <p className="flex gap-3">
          导出筛选结果：
          <a className="rounded border border-stone-400 bg-white px-3 py-0.5 hover:bg-stone-100" href={exportLink("xlsx")} download>Excel（XLSX）</a>
          <a className="rounded border border-stone-400 bg-white px-3 py-0.5 hover:bg-stone-100" href={exportLink("csv")} download>CSV</a>
        </p>
      </div>
      <table className="data-table cards mt-2 text-xs">
        <caption className="sr-only">审计日志</caption>
        <thead>
          <tr>
            <th scope="col" className="w-32">时间</th>
            <th scope="col" className="w-24">操作人</th>
            <th scope="col" className="w-32">操作</th>
            <th scope="col" className="w-48">对象</th>
            <th scope="col">变更内容</th>
            <th scope="col" className="w-24">IP</th>
          </tr>
        </thead>
        <tbody>
          {described.map((r) => (
            <tr key={r.id}>
              <td data-label="时间" className="whitespace-nowrap">{formatShanghaiTime(r.at)}</td>
              <td data-label="操作人">{r.actorName}</td>
              <td data-label="操作"><span>{r.actionLabel}<small className="font-mono">{r.action}</small></span></td>
              <td data-label="对象">{r.object}</td>
              <td data-label="变更内容">
                {r.changes.length === 0 ? (
                  <span className="text-stone-500">—</span>
                ) : (
                  <ul className="space-y-0.5">
                    {r.changes.map((c) => (
                      <li key={c.field}>
                        <span className="font-medium">{c.label}</span>：
                        {c.before !== null && <del className="bg-red-50 text-red-900">{c.before}</del>}
                        {c.before !== null && c.after !== null && " → "}
                        {c.after !== null && <ins className="bg-green-50 text-green-900 no-underline">{c.after}</ins>}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-label="IP" className="whitespace-nowrap">{r.ip ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="分页" className="mt-4 flex gap-4 text-sm">
        {query.page! > 1 && <a href={link(query.page! - 1)} className="text-blue-800 underline">上一页</a>}
        {query.page! < pages && <a href={link(query.page! + 1)} className="text-blue-800 underline">下一页</a>}
      </nav>
    </main>
  );
}
