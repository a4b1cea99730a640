import type { RollupRow } from "@/lib/dal/status";
import { StatusBadge } from "./status-badge";
import { percent } from "./format";

/** The headline of a dashboard: overall status and why, completion against time, how many lag. */
export function Summary({ rollup, elapsed, label }: { rollup: RollupRow; elapsed: number; label: string }) {
  const total = Object.values(rollup.counts).reduce((a, b) => a + b, 0);
  const lagging = rollup.counts.LAGGING + rollup.counts.OVERDUE;
  return (
    <section aria-label={`${label}概况`} className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="rounded-lg border border-stone-200 bg-white p-4 sm:col-span-2">
        <p className="text-sm text-stone-600">{label}总体状态</p>
        <p className="mt-1"><StatusBadge status={rollup.status} explanation={rollup.explanation} /></p>
        <p className="mt-2 text-sm text-stone-700">{rollup.explanation}</p>
      </div>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <p className="text-sm text-stone-600">加权完成度 / 时间进度</p>
        <p className="mt-1 text-2xl font-semibold text-stone-900">
          {percent(rollup.progress)} <span className="text-base font-normal text-stone-500">/ {percent(elapsed)}</span>
        </p>
        <div className="mt-2 h-2 rounded bg-stone-200" aria-hidden="true">
          <div className="h-2 rounded bg-brand-800" style={{ width: percent(rollup.progress) }} />
        </div>
      </div>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <p className="text-sm text-stone-600">举措和项目</p>
        <p className="mt-1 text-2xl font-semibold text-stone-900">{total} <span className="text-base font-normal">项</span></p>
        <p className="mt-1 text-sm text-red-800">滞后或逾期 {lagging} 项</p>
      </div>
    </section>
  );
}
