import type { DepartmentRow } from "@/lib/dal/dashboard/lists";
import { caption, TableBox, td, th } from "./section";
import { percentOf } from "./format";

/** Per lead department: measures led, how many lag, and how punctually it reports. */
export function DepartmentTable({ rows }: { rows: DepartmentRow[] }) {
  return (
    <TableBox label="各牵头单位情况">
      <table className="w-full min-w-[34rem] border-collapse text-sm">
        <caption className={caption}>各牵头单位情况（按时报送：在报告期结束次月的规定日前提交，北京时间）</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={th}>牵头单位</th>
            <th scope="col" className={th}>牵头举措和项目</th>
            <th scope="col" className={th}>滞后或逾期</th>
            <th scope="col" className={th}>应报次数</th>
            <th scope="col" className={th}>按时报送率</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.departmentId} className="border-b border-stone-100">
              <th scope="row" className={`${td} text-left font-normal`}>{d.department}</th>
              <td className={td}>{d.measures}</td>
              <td className={`${td} ${d.lagging > 0 ? "font-semibold text-red-800" : ""}`}>{d.lagging}</td>
              <td className={td}>{d.reportsDue}</td>
              <td className={td}>{percentOf(d.onTimeRate)}{d.reportsDue > 0 ? <span className="text-xs text-stone-500">（{d.reportsOnTime}/{d.reportsDue}）</span> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
