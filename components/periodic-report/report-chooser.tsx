import type { ReportOptions } from "@/lib/dal/periodic-report-period";

const input = "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2";

/** A plain GET form: the chosen report's address can be bookmarked and shared. */
export function ReportChooser({ options, period, strategy }: { options: ReportOptions; period?: string; strategy?: string }) {
  return (
    <form method="get" action="/console/reports" className="no-print mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="report-period" className="block text-sm font-medium">报告期（月报或季报）</label>
        <select id="report-period" name="period" defaultValue={period} className={input}>
          <optgroup label="月报">
            {options.months.map((m) => <option key={m.key} value={m.key}>{m.label} 月报</option>)}
          </optgroup>
          <optgroup label="季报">
            {options.quarters.map((q) => <option key={q.key} value={q.key}>{q.label} 季报</option>)}
          </optgroup>
        </select>
      </div>
      <div>
        <label htmlFor="report-scope" className="block text-sm font-medium">范围</label>
        <select id="report-scope" name="strategy" defaultValue={strategy ?? ""} className={input}>
          <option value="">全部规划</option>
          {options.strategies.map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">生成报告</button>
    </form>
  );
}
