import { DISPLAY_ORDER, STATUS_LABEL_ZH, STATUS_SHORT_ZH, type Status } from "@/lib/domain";
import { LazyStatusDistributionChart } from "@/components/charts/lazy";
import { StatusBadge } from "./status-badge";
import { caption, ChartBox, TableBox, td, th } from "./section";
import { percent } from "./format";

/** How many measures and projects are in each status (chart and table). */
export function Distribution({ counts, title }: { counts: Record<Status, number>; title: string }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const data = DISPLAY_ORDER.map((s) => ({ status: s, label: STATUS_LABEL_ZH[s], short: STATUS_SHORT_ZH[s], count: counts[s] }));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <ChartBox title={title}>
        <LazyStatusDistributionChart data={data} />
      </ChartBox>
      <TableBox label={title}>
        <table className="w-full border-collapse text-sm">
          <caption className={caption}>{title}</caption>
          <thead className="border-b border-stone-200 bg-stone-50">
            <tr><th scope="col" className={th}>状态</th><th scope="col" className={th}>数量</th><th scope="col" className={th}>占比</th></tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.status} className="border-b border-stone-100">
                <th scope="row" className={`${td} text-left font-normal`}><StatusBadge status={d.status} /></th>
                <td className={td}>{d.count} 项</td>
                <td className={td}>{total ? percent(d.count / total) : "—"}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr><th scope="row" className={`${td} text-left`}>合计</th><td className={td}>{total} 项</td><td className={td}>{total ? "100%" : "—"}</td></tr>
          </tfoot>
        </table>
      </TableBox>
    </div>
  );
}
