// Plain links: see docs/decisions/003 (the client router mixed up dynamic pages).
import { formatCounts } from "@/lib/domain";
import type { RollupRow } from "@/lib/dal/status";
import { LazyCompletionChart } from "@/components/charts/lazy";
import { StatusBadge } from "./status-badge";
import { caption, ChartBox, TableBox, td, th } from "./section";
import { percent } from "./format";

type Row = RollupRow & { href: string; weight: number };

const CHART_MAX = 20;

/** Strategies or task areas: completion against time elapsed (chart and table), status, why. */
export function RollupTable({ rows, elapsed, noun, title }: { rows: Row[]; elapsed: number; noun: string; title: string }) {
  // A chart of more bars than a screen holds says nothing the table does not.
  const data = rows.slice(0, CHART_MAX).map((r) => ({ name: r.name, progress: Math.round(r.progress * 1000) / 10, elapsed: Math.round(elapsed * 1000) / 10 }));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <ChartBox title={title}>
        <LazyCompletionChart data={data} />
        {rows.length > CHART_MAX ? <p className="text-xs text-stone-500">图中为表格的前 {CHART_MAX} 项。</p> : null}
      </ChartBox>
      <TableBox label={title}>
        <table className="w-full min-w-[34rem] border-collapse text-sm">
          <caption className={caption}>{title}</caption>
          <thead className="border-b border-stone-200 bg-stone-50">
            <tr>
              <th scope="col" className={th}>{noun}</th>
              <th scope="col" className={th}>状态</th>
              <th scope="col" className={th}>完成度</th>
              <th scope="col" className={th}>时间进度</th>
              <th scope="col" className={th}>权重</th>
              <th scope="col" className={th}>举措和项目</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-stone-100">
                <th scope="row" className={`${td} text-left font-normal`}>
                  <a href={r.href} className="text-blue-800 underline underline-offset-2">{r.name}</a>
                </th>
                <td className={td}><StatusBadge status={r.status} explanation={r.explanation} /></td>
                <td className={td}>{percent(r.progress)}</td>
                <td className={td}>{percent(elapsed)}</td>
                <td className={td}>{r.weight}</td>
                <td className={`${td} text-xs text-stone-600`}>{formatCounts(r.counts) || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </div>
  );
}
