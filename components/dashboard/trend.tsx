import { DISPLAY_ORDER, STATUS_SHORT_ZH } from "@/lib/domain";
import type { TrendPoint } from "@/lib/dal/dashboard/trend";
import { LazyTrendChart } from "@/components/charts/lazy";
import { StatusBadge } from "./status-badge";
import { caption, ChartBox, TableBox, td, th } from "./section";
import { percent, pointLabel } from "./format";

const pct = (x: number) => Math.round(x * 1000) / 10;

/** The roll-up at each quarter-end up to the as-of day (chart and table). */
export function Trend({ points, title, counts = true }: { points: TrendPoint[]; title: string; counts?: boolean }) {
  const data = points.map((p) => ({ label: pointLabel(p.asOf), progress: pct(p.progress), elapsed: pct(p.elapsed), ...(counts ? p.counts : {}) }));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <ChartBox title={title}>
        <LazyTrendChart data={data} counts={counts} />
      </ChartBox>
      <TableBox label={title} tall>
          <table className="w-full min-w-[30rem] border-collapse text-sm">
            <caption className={caption}>{title}</caption>
            <thead className="sticky top-0 border-b border-stone-200 bg-stone-50">
              <tr>
                <th scope="col" className={th}>时点</th>
                <th scope="col" className={th}>状态</th>
                <th scope="col" className={th}>完成度</th>
                <th scope="col" className={th}>时间进度</th>
                {counts ? DISPLAY_ORDER.map((s) => <th key={s} scope="col" className={th}>{STATUS_SHORT_ZH[s]}</th>) : null}
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((p) => (
                <tr key={p.asOf} className="border-b border-stone-100">
                  <th scope="row" className={`${td} whitespace-nowrap text-left font-normal`}>{pointLabel(p.asOf)}</th>
                  <td className={td}><StatusBadge status={p.status} /></td>
                  <td className={td}>{percent(p.progress)}</td>
                  <td className={td}>{percent(p.elapsed)}</td>
                  {counts ? DISPLAY_ORDER.map((s) => <td key={s} className={td}>{p.counts[s]}</td>) : null}
                </tr>
              ))}
            </tbody>
          </table>
      </TableBox>
    </div>
  );
}
