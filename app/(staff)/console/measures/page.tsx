import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { TaskListPage } from "@/components/tasks/task-list-page";
import type { SearchParams } from "@/components/tasks/task-filters";

export const metadata: Metadata = { title: "全部举措" };

/** 全部举措 for leaders and admins (an officer's list is 我的任务). */
export default async function AllMeasures({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser({ roles: ["LEADER", "ADMIN"] });
  return <TaskListPage user={user} searchParams={searchParams} />;
}
