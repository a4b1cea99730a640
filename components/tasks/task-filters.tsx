import { DISPLAY_ORDER, STATUS_LABEL_ZH, STATUSES, type Status } from "@/lib/domain";
import { DUE_FILTER_LABEL, DUE_FILTERS, TASK_SORT_LABEL, TASK_SORTS, type DueFilter, type TaskFilter, type TaskSort } from "@/lib/domain/task-list";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** The list's filter from the address (anything unknown is ignored). */
export async function taskFilterOf(searchParams: SearchParams): Promise<TaskFilter> {
  const sp = await searchParams;
  const status = one(sp.status);
  const due = one(sp.due);
  const sort = one(sp.sort);
  return {
    status: STATUSES.includes(status as Status) ? (status as Status) : undefined,
    due: DUE_FILTERS.includes(due as DueFilter) ? (due as DueFilter) : undefined,
    sort: TASK_SORTS.includes(sort as TaskSort) ? (sort as TaskSort) : undefined,
  };
}

const select = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: works without JavaScript, and the address can be bookmarked. */
export function TaskFilters({ filter }: { filter: TaskFilter }) {
  return (
    <form method="get" role="search" aria-label="筛选和排序" className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-4">
      <div>
        <label htmlFor="t-status" className="block text-sm font-medium">状态</label>
        <select id="t-status" name="status" defaultValue={filter.status ?? ""} className={select}>
          <option value="">全部</option>
          {DISPLAY_ORDER.map((s) => <option key={s} value={s}>{STATUS_LABEL_ZH[s]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="t-due" className="block text-sm font-medium">填报</label>
        <select id="t-due" name="due" defaultValue={filter.due ?? ""} className={select}>
          <option value="">全部</option>
          {DUE_FILTERS.map((d) => <option key={d} value={d}>{DUE_FILTER_LABEL[d]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="t-sort" className="block text-sm font-medium">排序</label>
        <select id="t-sort" name="sort" defaultValue={filter.sort ?? "plan"} className={select}>
          {TASK_SORTS.map((s) => <option key={s} value={s}>{TASK_SORT_LABEL[s]}</option>)}
        </select>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">查询</button>
        <a href="?" className="text-sm text-blue-800 underline">清除</a>
      </div>
    </form>
  );
}
