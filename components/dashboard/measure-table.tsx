import type { MeasureStatusDetail } from "@/lib/dal/status";
import { MeasureLink } from "./measure-link";
import { StatusBadge } from "./status-badge";
import { caption, TableBox, td, th } from "./section";
import { chineseDate, percent } from "./format";

/** Every measure and project of a task area with its status, progress, reason and deadline. */
export function MeasureTable({ rows, query, title }: { rows: MeasureStatusDetail[]; query: string; title: string }) {
  return (
    <TableBox label={title}>
      <table className="w-full min-w-[48rem] border-collapse text-sm">
        <caption className={caption}>{title}（共 {rows.length} 项）</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={th}>举措 / 项目</th>
            <th scope="col" className={th}>状态</th>
            <th scope="col" className={th}>完成度</th>
            <th scope="col" className={th}>原因</th>
            <th scope="col" className={th}>最早未完成期限</th>
            <th scope="col" className={th}>牵头单位</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.measureId} className="border-b border-stone-100">
              <th scope="row" className={`${td} text-left font-normal ${m.parentId ? "pl-8" : ""}`}><MeasureLink m={m} query={query} /></th>
              <td className={td}><StatusBadge status={m.status} /></td>
              <td className={td}>{percent(m.progress)}</td>
              <td className={`${td} min-w-[16rem]`}>{m.reason}</td>
              <td className={`${td} whitespace-nowrap`}>{chineseDate(m.deadline)}</td>
              <td className={`${td} whitespace-nowrap`}>{m.leadDepartment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
