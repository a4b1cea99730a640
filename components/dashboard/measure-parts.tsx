import type { IndicatorPart, MeasureDrilldown } from "@/lib/dal/dashboard/measure";
import { StatusBadge } from "./status-badge";
import { caption, TableBox, td, th } from "./section";
import { chineseDate } from "./format";

/** A measure's indicators: target, where the plan expects it on the day, the approved value, the judgement. */
export function IndicatorTable({ rows }: { rows: IndicatorPart[] }) {
  return (
    <TableBox label="指标">
      <table className="w-full min-w-[48rem] border-collapse text-sm">
        <caption className={caption}>指标</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={th}>指标</th>
            <th scope="col" className={th}>基期值</th>
            <th scope="col" className={th}>目标</th>
            <th scope="col" className={th}>期限</th>
            <th scope="col" className={th}>按计划应达</th>
            <th scope="col" className={th}>审核通过值</th>
            <th scope="col" className={th}>状态</th>
            <th scope="col" className={th}>说明</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.indicatorId} className="border-b border-stone-100">
              <th scope="row" className={`${td} text-left font-normal`}>{i.name}{i.derived ? <span className="block text-xs text-stone-500">由所属项目完成情况汇总</span> : null}</th>
              <td className={td}>{i.baseline}</td>
              <td className={td}>{i.target}</td>
              <td className={`${td} whitespace-nowrap`}>{chineseDate(i.deadline)}</td>
              <td className={td}>{i.expected}</td>
              <td className={td}>{i.actual ?? "无数据"}</td>
              <td className={td}><StatusBadge status={i.status} /></td>
              <td className={`${td} min-w-[14rem]`}>{i.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

/** A measure's milestones, reached or not on the day. */
export function MilestoneTable({ milestones }: { milestones: NonNullable<MeasureDrilldown["milestones"]> }) {
  return (
    <>
      <p className="mb-2 text-sm"><StatusBadge status={milestones.status} /> <span className="ml-1 text-stone-800">{milestones.reason}</span></p>
      <TableBox label="里程碑">
        <table className="w-full min-w-[30rem] border-collapse text-sm">
          <caption className={caption}>里程碑</caption>
          <thead className="border-b border-stone-200 bg-stone-50">
            <tr>
              <th scope="col" className={th}>节点</th>
              <th scope="col" className={th}>计划日期</th>
              <th scope="col" className={th}>实际日期</th>
              <th scope="col" className={th}>截至所选日期</th>
            </tr>
          </thead>
          <tbody>
            {milestones.lines.map((l, k) => (
              <tr key={`${l.name}-${k}`} className="border-b border-stone-100">
                <th scope="row" className={`${td} text-left font-normal`}>{l.name}</th>
                <td className={`${td} whitespace-nowrap`}>{chineseDate(l.plannedDate)}</td>
                <td className={`${td} whitespace-nowrap`}>{chineseDate(l.actualDate)}</td>
                <td className={td}>{l.reached ? "已完成" : "未完成"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </>
  );
}

/** The latest approved reports up to the day. */
export function ReportList({ reports }: { reports: MeasureDrilldown["reports"] }) {
  if (reports.length === 0) return <p className="text-sm text-stone-700">截至所选日期尚无审核通过的填报。</p>;
  return (
    <ul className="space-y-2">
      {reports.map((r, k) => (
        <li key={`${r.period}-${k}`} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
          <p className="text-stone-600">
            {r.period} · 审核通过{r.approvedOn ? `于 ${chineseDate(r.approvedOn)}` : ""}{r.isDemo ? " · 演示数据" : ""}
          </p>
          <p className="mt-1 text-stone-900">{r.narrative}</p>
        </li>
      ))}
    </ul>
  );
}
