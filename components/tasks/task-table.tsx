import type { TaskRow } from "@/lib/dal/tasks";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { KIND_LABEL, REVIEW_LABEL } from "@/lib/labels";

/** What is due for one measure: its due day with an overdue, due-soon, returned or pending mark. */
function Due({ due }: { due: TaskRow["due"] }) {
  const marks = [
    due.overdue > 0 && <span key="o" className="badge border-red-400 bg-red-100 text-red-900">逾期{due.overdue > 1 ? ` ${due.overdue} 期` : ""}</span>,
    due.dueSoon && <span key="s" className="badge border-amber-400 bg-amber-100 text-amber-900">即将到期</span>,
    due.returned > 0 && <span key="r" className="badge border-orange-400 bg-orange-50 text-orange-900">退回待修改</span>,
    due.pending > 0 && <span key="p" className="badge border-stone-300 bg-stone-100 text-stone-800">待审核</span>,
  ].filter(Boolean);
  return (
    <span>
      {due.period ? (
        <span className="whitespace-nowrap">{due.period.due}<small className="inline text-stone-500"> {due.period.label}</small></span>
      ) : (
        <span className="text-stone-500">无待报</span>
      )}
      {marks.length > 0 && <span className="mt-1 flex flex-wrap gap-1">{marks}</span>}
    </span>
  );
}

/** 我的任务 / 全部举措: one line per measure; cards on a phone. */
export function TaskTable({ rows, caption }: { rows: TaskRow[]; caption: string }) {
  return (
    <table className="data-table cards mt-3">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-24">编号</th>
          <th scope="col">举措 / 项目</th>
          <th scope="col" className="w-36">牵头单位</th>
          <th scope="col" className="w-24">状态</th>
          <th scope="col" className="w-36">截止日期</th>
          <th scope="col" className="w-36">最近填报</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id} data-code={m.code}>
            <td data-label="编号" className="font-mono text-xs whitespace-nowrap">{m.code}</td>
            <td data-label="举措">
              <span>
                <span className="mr-1 rounded bg-stone-200 px-1 text-xs">{KIND_LABEL[m.kind]}</span>
                <a href={`/console/measures/${m.id}`}>{m.title}</a>
                <small>{m.strategyName} › {m.taskAreaName}</small>
              </span>
            </td>
            <td data-label="牵头单位">{m.leadDepartment}</td>
            <td data-label="状态"><span><StatusBadge status={m.status} explanation={m.reason || undefined} /></span></td>
            <td data-label="截止日期"><Due due={m.due} /></td>
            <td data-label="最近填报">
              {m.lastReport ? <span className="whitespace-nowrap">{m.lastReport.period} {REVIEW_LABEL[m.lastReport.reviewState]}</span> : <span className="text-stone-500">尚未填报</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
