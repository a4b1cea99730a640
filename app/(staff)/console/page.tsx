import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { TaskListPage } from "@/components/tasks/task-list-page";
import type { SearchParams } from "@/components/tasks/task-filters";

export const metadata: Metadata = { title: "我的任务" };

// An officer's first page is their tasks; a leader's the dashboard (the plan at a glance, not a
// list of every measure: that is 全部举措); an admin's the list of all measures to edit.
export default async function ConsoleHome({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (user.role === "LEADER") redirect("/console/dashboard");
  return <TaskListPage user={user} searchParams={searchParams} />;
}
