import { daysBetween, type IsoDate } from "@/lib/domain";
import type { MeasureList } from "@/lib/dal/dashboard/lists";
import { MeasureLink } from "./measure-link";
import { StatusBadge } from "./status-badge";
import { caption, TableBox, td, th } from "./section";
import { chineseDate, percent, shown } from "./format";

/** Lagging and overdue measures, with the engine's reason. */
export function LaggingTable({ list, query }: { list: MeasureList; query: string }) {
  if (list.total === 0) return <p className="text-sm text-stone-700">没有滞后或逾期的举措和项目。</p>;
  return (
    <TableBox label="滞后和逾期事项">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className={caption}>滞后和逾期事项（{shown(list, "")}）</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={th}>举措 / 项目</th>
            <th scope="col" className={th}>状态</th>
            <th scope="col" className={th}>原因</th>
            <th scope="col" className={th}>完成度</th>
            <th scope="col" className={th}>牵头单位</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((m) => (
            <tr key={m.measureId} className="border-b border-stone-100">
              <th scope="row" className={`${td} text-left font-normal`}><MeasureLink m={m} query={query} /><div className="text-xs text-stone-500">{m.taskAreaName}</div></th>
              <td className={td}><StatusBadge status={m.status} /></td>
              <td className={`${td} min-w-[16rem] text-stone-800`}>{m.reason}</td>
              <td className={td}>{percent(m.progress)}</td>
              <td className={`${td} whitespace-nowrap`}>{m.leadDepartment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

/** What falls due within 90 days after the as-of day. */
export function DeadlineTable({ list, asOf, query }: { list: MeasureList; asOf: IsoDate; query: string }) {
  if (list.total === 0) return <p className="text-sm text-stone-700">未来 90 天内没有到期事项。</p>;
  return (
    <TableBox label="未来 90 天到期事项">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className={caption}>未来 90 天到期事项（{shown(list, "")}）</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={th}>到期日</th>
            <th scope="col" className={th}>剩余</th>
            <th scope="col" className={th}>到期事项</th>
            <th scope="col" className={th}>所属举措 / 项目</th>
            <th scope="col" className={th}>状态</th>
            <th scope="col" className={th}>牵头单位</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((m) => (
            <tr key={m.measureId} className="border-b border-stone-100">
              <th scope="row" className={`${td} whitespace-nowrap text-left font-normal`}>{chineseDate(m.nextDeadline)}</th>
              <td className={`${td} whitespace-nowrap`}>{m.nextDeadline ? `${daysBetween(asOf, m.nextDeadline)} 天` : "—"}</td>
              <td className={td}>{m.nextItem}</td>
              <td className={td}><MeasureLink m={m} query={query} /></td>
              <td className={td}><StatusBadge status={m.status} explanation={m.reason} /></td>
              <td className={`${td} whitespace-nowrap`}>{m.leadDepartment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
