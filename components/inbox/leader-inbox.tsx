import type { ReviewQueueItem } from "@/lib/dal/reviews";
import type { ReminderCandidate } from "@/lib/dal/reminders";
import { STATUS_LABEL_ZH, statusColorClass } from "@/lib/domain";
import { formatShanghaiTime } from "@/lib/format-time";
import { ReminderForm } from "./reminder-form";

const SHOWN = 20;

export function LeaderInboxView({ queue, candidates }: { queue: ReviewQueueItem[]; candidates: ReminderCandidate[] }) {
  return (
    <>
      <section aria-labelledby="inbox-review" className="mt-6">
        <h2 id="inbox-review" className="text-lg font-semibold">待我审核（{queue.length} 份）</h2>
        {queue.length === 0 ? <p className="mt-2 text-sm text-stone-600">没有等待您审核的填报。</p> : (
          <>
            <ul className="mt-2 divide-y divide-stone-100 rounded border border-stone-200 bg-white text-sm">
              {queue.slice(0, SHOWN).map((r) => (
                <li key={r.id} className="p-2">
                  <a href={`/console/review/${r.id}`} className="text-blue-800 underline underline-offset-2">{r.measureTitle}</a>
                  <span className="ml-2 text-xs text-stone-500">{r.measureCode} · {r.period} · {r.department} · 提交于 {formatShanghaiTime(r.submittedAt)}</span>
                </li>
              ))}
            </ul>
            {queue.length > SHOWN && <p className="mt-1 text-sm"><a href="/console/review" className="text-blue-800 underline underline-offset-2">查看全部 {queue.length} 份待审核填报</a></p>}
          </>
        )}
      </section>

      <section aria-labelledby="inbox-remind" className="mt-8">
        <h2 id="inbox-remind" className="text-lg font-semibold">可催办的举措（{candidates.length} 项）</h2>
        <p className="mt-1 text-sm text-stone-600">您分管范围内状态为滞后或逾期、或有逾期未报填报的举措。催办会记入审计日志，责任单位的填报员在通知中心看到，已登记邮箱的同时收到邮件（如已配置）。</p>
        {candidates.length === 0 ? <p className="mt-2 text-sm text-stone-600">没有需要催办的举措。</p> : (
          <div className="mt-2 overflow-x-auto">
            <table className="data-table min-w-[40rem]">
              <caption className="sr-only">可催办的举措：状态、逾期未报情况和最近一次催办</caption>
              <thead><tr><th scope="col">举措 / 项目</th><th scope="col">情况</th><th scope="col">最近催办</th><th scope="col">催办</th></tr></thead>
              <tbody>
                {candidates.map((c) => (
                  <tr key={c.measureId} id={`remind-${c.measureId}`}>
                    <td>
                      <a href={`/console/measures/${c.measureId}`} className="text-blue-800 underline underline-offset-2">{c.title}</a>
                      <div className="text-xs text-stone-500">{c.code} · {c.leadDepartment}</div>
                    </td>
                    <td>
                      {c.status && (c.status === "LAGGING" || c.status === "OVERDUE") && (
                        <p><span className={`rounded border px-1 text-xs ${statusColorClass(c.status)}`}>{STATUS_LABEL_ZH[c.status]}</span> <span className="text-xs text-stone-700">{c.reason}</span></p>
                      )}
                      {c.overdue && <p className="text-xs text-red-800">逾期未报：{c.overdue.label}{c.overdue.count > 1 ? ` 等 ${c.overdue.count} 期` : ""}</p>}
                    </td>
                    <td className="text-xs">{c.lastReminder ? `${formatShanghaiTime(c.lastReminder.at)}（${c.lastReminder.sender}）` : "—"}</td>
                    <td className="w-64">
                      <details>
                        <summary className="cursor-pointer text-blue-800">催办…</summary>
                        <ReminderForm measureId={c.measureId} code={c.code} />
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
