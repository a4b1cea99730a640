import type { Actor } from "@/lib/auth/current-user";
import { listTasks } from "@/lib/dal/tasks";
import { filterAndSortTasks } from "@/lib/domain/task-list";
import { formatChineseDate } from "@/lib/domain";
import { TaskFilters, taskFilterOf, type SearchParams } from "./task-filters";
import { TaskTable } from "./task-table";

/** 我的任务 (an officer) or 全部举措 (leaders, admins): the same list, filtered and sorted by the address. */
export async function TaskListPage({ user, searchParams }: { user: Actor; searchParams: SearchParams }) {
  const [{ today, rows }, filter] = await Promise.all([listTasks(user), taskFilterOf(searchParams)]);
  const shown = filterAndSortTasks(rows, filter);
  const officer = user.role === "OFFICER";
  const overdue = rows.filter((r) => r.due.overdue > 0).length;
  const dueSoon = rows.filter((r) => r.due.dueSoon).length;
  const title = officer ? "我的任务" : "全部举措";
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-1 text-sm text-stone-600">
        共 {rows.length} 项{officer ? "，为您所在部门牵头或参与的举措和项目" : ""}；逾期未报 {overdue} 项，即将到期 {dueSoon} 项（截至 {formatChineseDate(today)}，北京时间；状态为审核通过数据的判定结果）。
      </p>
      <TaskFilters filter={filter} />
      <p role="status" className="mt-3 text-sm">显示 {shown.length} 项</p>
      <TaskTable rows={shown} caption={title} />
    </main>
  );
}
