import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listReviewQueue } from "@/lib/dal/reviews";
import { STATUS_LABEL } from "@/lib/labels";
import { formatShanghaiTime } from "@/lib/format-time";

export const metadata: Metadata = { title: "待审核" };

export default async function ReviewQueuePage() {
  const user = await requireUser({ roles: ["LEADER"] });
  const queue = await listReviewQueue(user);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">待审核</h1>
      <p className="mt-1 text-sm text-stone-600">您分管范围内已提交、等待审核的填报共 {queue.length} 份。审核通过后即在公开页面发布。</p>
      {queue.length === 0 ? (
        <p className="mt-6 text-stone-700">暂无待审核的填报。</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="data-table min-w-[40rem]">
            <caption className="sr-only">待审核填报</caption>
            <thead>
              <tr>
                <th scope="col">举措</th>
                <th scope="col">填报期</th>
                <th scope="col">状态</th>
                <th scope="col">填报人</th>
                <th scope="col">提交时间</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`/console/review/${r.id}`} className="text-blue-800 hover:underline">{r.measureTitle}</a>
                    <div className="text-xs text-stone-500">{r.measureCode} · {r.strategyName} · {r.department}</div>
                  </td>
                  <td>{r.period}</td>
                  <td>{STATUS_LABEL[r.status]}</td>
                  <td>{r.author}</td>
                  <td>{formatShanghaiTime(r.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
