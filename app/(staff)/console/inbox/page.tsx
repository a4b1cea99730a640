import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { getOfficerInbox } from "@/lib/dal/inbox";
import { listReminderCandidates } from "@/lib/dal/reminders";
import { listReviewQueue } from "@/lib/dal/reviews";
import { formatChineseDate } from "@/lib/domain";
import { reportingToday } from "@/lib/reporting/today";
import { OfficerInboxView } from "@/components/inbox/officer-inbox";
import { LeaderInboxView } from "@/components/inbox/leader-inbox";

export const metadata: Metadata = { title: "通知中心" };

export default async function InboxPage() {
  const user = await requireUser();
  const today = reportingToday();
  const replay = Boolean(process.env.LIUSHI_TODAY?.trim());
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">通知中心</h1>
      <p className="mt-1 text-sm text-stone-600">
        截至 {formatChineseDate(today)}（北京时间）{replay ? "，系统设置的参考日期（演示用）" : ""}。填报截止日为每期结束后次月的截止日（默认 5 日），两周内到期的列为“即将到期”。
      </p>
      {user.role === "OFFICER" && <OfficerInboxView inbox={await getOfficerInbox(user, today)} />}
      {user.role === "LEADER" && <LeaderInbox user={user} today={today} />}
      {user.role === "ADMIN" && <p className="mt-6 text-stone-700">系统管理员没有待办事项。填报和审核提醒发给科室填报员和分管领导。</p>}
    </main>
  );
}

async function LeaderInbox({ user, today }: { user: Awaited<ReturnType<typeof requireUser>>; today: string }) {
  const [queue, candidates] = await Promise.all([listReviewQueue(user), listReminderCandidates(user, today)]);
  return <LeaderInboxView queue={queue} candidates={candidates} />;
}
