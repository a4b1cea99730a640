import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listReviewQueue } from "@/lib/dal/reviews";
import { STATUS_LABEL } from "@/lib/labels";
import { formatShanghaiTime } from "@/lib/format-time";
import { filterAndSortQueue, QUEUE_SORT_LABEL, QUEUE_SORTS, WAITING_CHOICES, type QueueFilter, type QueueSort } from "@/lib/domain/review-queue";

export const metadata: Metadata = { title: "待审核" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 64) : undefined);

function toFilter(sp: Search): QueueFilter {
  const minDays = Number(one(sp.days));
  const sort = one(sp.sort);
  return {
    strategy: one(sp.strategy),
    department: one(sp.department),
    period: one(sp.period),
    minDays: (WAITING_CHOICES as readonly number[]).includes(minDays) ? minDays : undefined,
    sort: QUEUE_SORTS.includes(sort as QueueSort) ? (sort as QueueSort) : undefined,
  };
}

const select = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm";
const distinct = <T,>(values: T[]) => [...new Set(values)];

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser({ roles: ["LEADER"] });
  const [queue, filter] = await Promise.all([listReviewQueue(user), searchParams.then(toFilter)]);
  const shown = filterAndSortQueue(queue, filter);
  const strategies = distinct(queue.map((r) => `${r.strategyCode}\t${r.strategyName}`)).sort().map((s) => s.split("\t"));
  const departments = distinct(queue.map((r) => r.department)).sort((a, b) => a.localeCompare(b, "zh-CN"));
  const periods = distinct(queue.map((r) => r.period)).sort().reverse();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">待审核</h1>
      <p className="mt-1 text-sm text-stone-600">您分管范围内已提交、等待审核的填报共 {queue.length} 份。审核通过后即在公开页面发布。</p>
      {queue.length === 0 ? (
        <p className="mt-6 text-stone-700">暂无待审核的填报。</p>
      ) : (
        <>
          <form method="get" role="search" aria-label="筛选和排序" className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-6">
            <div>
              <label htmlFor="q-strategy" className="block text-sm font-medium">战略</label>
              <select id="q-strategy" name="strategy" defaultValue={filter.strategy ?? ""} className={select}>
                <option value="">全部</option>
                {strategies.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="q-department" className="block text-sm font-medium">牵头单位</label>
              <select id="q-department" name="department" defaultValue={filter.department ?? ""} className={select}>
                <option value="">全部</option>
                {departments.map((d) => <option key={d} value={d}>{d}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="q-period" className="block text-sm font-medium">填报期</label>
              <select id="q-period" name="period" defaultValue={filter.period ?? ""} className={select}>
                <option value="">全部</option>
                {periods.map((p) => <option key={p} value={p}>{p}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="q-days" className="block text-sm font-medium">已等待</label>
              <select id="q-days" name="days" defaultValue={filter.minDays ?? ""} className={select}>
                <option value="">不限</option>
                {WAITING_CHOICES.map((d) => <option key={d} value={d}>{d} 天以上</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="q-sort" className="block text-sm font-medium">排序</label>
              <select id="q-sort" name="sort" defaultValue={filter.sort ?? "waiting"} className={select}>
                {QUEUE_SORTS.map((s) => <option key={s} value={s}>{QUEUE_SORT_LABEL[s]}</option>)}
              </select>
            </div>
            <div className="flex items-end gap-3">
              <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">查询</button>
              <a href="?" className="text-sm text-blue-800 underline">清除</a>
            </div>
          </form>
          <p role="status" className="mt-3 text-sm">显示 {shown.length} 份</p>
          <table className="data-table cards mt-2">
            <caption className="sr-only">待审核填报</caption>
            <thead>
              <tr>
                <th scope="col">举措</th>
                <th scope="col" className="w-20">填报期</th>
                <th scope="col" className="w-24">填报状态</th>
                <th scope="col" className="w-28">填报人</th>
                <th scope="col" className="w-20">已等待</th>
                <th scope="col" className="w-36">提交时间</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`/console/review/${r.id}`}>{r.measureTitle}</a>
                    <small>{r.measureCode} · {r.strategyName} · {r.department}</small>
                  </td>
                  <td data-label="填报期" className="whitespace-nowrap">{r.period}</td>
                  <td data-label="填报状态" className="whitespace-nowrap">{STATUS_LABEL[r.status]}</td>
                  <td data-label="填报人">{r.author}</td>
                  <td data-label="已等待" className={`whitespace-nowrap ${r.daysWaiting >= 7 ? "font-medium text-red-800" : ""}`}>{r.daysWaiting} 天</td>
                  <td data-label="提交时间" className="whitespace-nowrap">{formatShanghaiTime(r.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
