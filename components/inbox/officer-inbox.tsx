import type { OfficerInbox } from "@/lib/dal/inbox";
import { formatChineseDate } from "@/lib/domain";
import { formatShanghaiTime } from "@/lib/format-time";

const th = "py-2 pr-2 text-left font-medium";
const td = "py-2 pr-2 align-top";

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="mt-2 text-sm text-stone-600">{children}</p>;
}

function MeasureLink({ id, code, title }: { id: number; code: string; title: string }) {
  return (
    <>
      <a href={`/console/measures/${id}`} className="text-blue-800 underline underline-offset-2">{title}</a>
      <div className="font-mono text-xs text-stone-500">{code}</div>
    </>
  );
}

export function OfficerInboxView({ inbox }: { inbox: OfficerInbox }) {
  return (
    <>
      <ul aria-label="待办汇总" className="mt-4 grid grid-cols-2 gap-2 text-center sm:grid-cols-4">
        {[["逾期未报", inbox.overdue.length, "项举措"], ["即将到期", inbox.dueSoon.length, "项举措"], ["退回修改", inbox.returned.length, "份填报"], ["领导催办", inbox.reminders.length, "条"]].map(([label, n, unit]) => (
          <li key={label} className={`rounded-lg border p-3 ${n ? "border-red-300 bg-red-50" : "border-stone-200 bg-white"}`}>
            <span className="block text-2xl font-bold tabular-nums">{n}</span>
            <span className="text-sm">{label}（{unit}）</span>
          </li>
        ))}
      </ul>

      <section aria-labelledby="inbox-reminders" className="mt-8">
        <h2 id="inbox-reminders" className="text-lg font-semibold">领导催办</h2>
        {inbox.reminders.length === 0 ? <Empty>没有未处理的催办。</Empty> : (
          <ul className="mt-2 space-y-2">
            {inbox.reminders.map((r) => (
              <li key={r.id} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
                <p><span className="font-medium">{r.sender}</span> 于 {formatShanghaiTime(r.createdAt)} 催办：{r.message}</p>
                <p className="mt-1">举措：<a href={`/console/measures/${r.measureId}`} className="text-blue-800 underline underline-offset-2">{r.code} {r.title}</a>（提交新的填报后此条自动消除）</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="inbox-overdue" className="mt-8">
        <h2 id="inbox-overdue" className="text-lg font-semibold">逾期未报</h2>
        {inbox.overdue.length === 0 ? <Empty>没有逾期未报的填报。</Empty> : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full min-w-[36rem] border-collapse text-sm">
              <caption className="sr-only">逾期未报的举措：每项列出最近一期，并注明共逾期几期</caption>
              <thead><tr className="border-b border-stone-300"><th scope="col" className={th}>举措 / 项目</th><th scope="col" className={th}>最近逾期的填报期</th><th scope="col" className={th}>截止日</th><th scope="col" className={th}>共逾期</th></tr></thead>
              <tbody>
                {inbox.overdue.map((d) => (
                  <tr key={d.measureId} className="border-b border-stone-100">
                    <td className={td}><MeasureLink id={d.measureId} code={d.code} title={d.title} /></td>
                    <td className={td}>{d.periodLabel}</td>
                    <td className={td}>{formatChineseDate(d.due)}</td>
                    <td className={`${td} tabular-nums`}>{d.overdueCount} 期</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="inbox-due" className="mt-8">
        <h2 id="inbox-due" className="text-lg font-semibold">即将到期</h2>
        {inbox.dueSoon.length === 0 ? <Empty>两周内没有到期的填报。</Empty> : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full min-w-[30rem] border-collapse text-sm">
              <caption className="sr-only">两周内到期、尚未填报的举措</caption>
              <thead><tr className="border-b border-stone-300"><th scope="col" className={th}>举措 / 项目</th><th scope="col" className={th}>填报期</th><th scope="col" className={th}>截止日</th></tr></thead>
              <tbody>
                {inbox.dueSoon.map((d) => (
                  <tr key={d.measureId} className="border-b border-stone-100">
                    <td className={td}><MeasureLink id={d.measureId} code={d.code} title={d.title} /></td>
                    <td className={td}>{d.periodLabel}</td>
                    <td className={td}>{formatChineseDate(d.due)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="inbox-returned" className="mt-8">
        <h2 id="inbox-returned" className="text-lg font-semibold">退回修改</h2>
        {inbox.returned.length === 0 ? <Empty>没有被退回待修改的填报。</Empty> : (
          <ul className="mt-2 space-y-2">
            {inbox.returned.map((r) => (
              <li key={r.reportId} className="rounded border border-red-200 bg-white p-3 text-sm">
                <p><a href={`/console/measures/${r.measureId}`} className="font-medium text-blue-800 underline underline-offset-2">{r.code} {r.title}</a>（{r.periodEnd.slice(0, 7)}）</p>
                <p className="mt-1">退回意见：{r.comment}</p>
                <p className="text-xs text-stone-500">退回时间：{formatShanghaiTime(r.reviewedAt)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
