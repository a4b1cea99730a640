import type { OfficerInbox } from "@/lib/dal/inbox";
import { formatChineseDate } from "@/lib/domain";
import { formatShanghaiTime } from "@/lib/format-time";


function Empty({ children }: { children: React.ReactNode }) {
  return <p className="mt-2 text-sm text-stone-600">{children}</p>;
}

function MeasureLink({ id, code, title }: { id: number; code: string; title: string }) {
  return (
    <>
      <a href={`/console/measures/${id}`} className="underline">{title}</a>
      <small className="font-mono">{code}</small>
    </>
  );
}

type Due = OfficerInbox["overdue"][number];

/** Report duties due or overdue, one row per measure (the overdue ones with how many periods). */
function DueTable({ rows, caption, periodHeader, withCount = false }: { rows: Due[]; caption: string; periodHeader: string; withCount?: boolean }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="data-table min-w-[30rem]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr><th scope="col">举措 / 项目</th><th scope="col">{periodHeader}</th><th scope="col">截止日</th>{withCount && <th scope="col">共逾期</th>}</tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.measureId}>
              <td><MeasureLink id={d.measureId} code={d.code} title={d.title} /></td>
              <td>{d.periodLabel}</td>
              <td>{formatChineseDate(d.due)}</td>
              {withCount && <td className="tabular-nums">{d.overdueCount} 期</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
          <DueTable rows={inbox.overdue} caption="逾期未报的举措：每项列出最近一期，并注明共逾期几期" periodHeader="最近逾期的填报期" withCount />
        )}
      </section>

      <section aria-labelledby="inbox-due" className="mt-8">
        <h2 id="inbox-due" className="text-lg font-semibold">即将到期</h2>
        {inbox.dueSoon.length === 0 ? <Empty>两周内没有到期的填报。</Empty> : (
          <DueTable rows={inbox.dueSoon} caption="两周内到期、尚未填报的举措" periodHeader="填报期" />
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
