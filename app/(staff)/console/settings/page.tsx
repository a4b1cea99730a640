import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getStatusThresholds } from "@/lib/dal/status";
import { getDashboardPlan } from "@/lib/dal/dashboard/plan";
import { ThresholdsForm } from "@/components/settings/thresholds-form";
import { WeightsForm } from "@/components/settings/weights-form";

export const metadata: Metadata = { title: "状态阈值与权重" };

/** Admin only: the thresholds of the status engine and the roll-up weights. */
export default async function SettingsPage() {
  const user = await requireUser();
  if (user.role !== "ADMIN") notFound();
  const [thresholds, plan] = await Promise.all([getStatusThresholds(), getDashboardPlan()]);
  if (!plan) notFound();
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">状态阈值与权重</h1>
      <p className="mt-1 text-sm text-stone-600">
        修改后，所有页面（驾驶舱、公开页面）的红黄绿灯按新设置重新计算。规则见《红黄绿灯是怎么算的》（docs/status.md）。
      </p>
      <section aria-labelledby="thresholds-title" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="thresholds-title" className="text-lg font-semibold">状态阈值</h2>
        <p className="mb-3 mt-1 text-sm text-stone-600">
          差距 = 按计划应达的进度 − 实际进度，均按“基期值到目标值”全程的比例计算。默认：10%、25%、30 天。
        </p>
        <ThresholdsForm thresholds={thresholds} />
      </section>
      <section aria-labelledby="weights-title" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="weights-title" className="text-lg font-semibold">汇总权重</h2>
        <p className="mb-3 mt-1 text-sm text-stone-600">
          重点任务按权重汇总为战略，战略按权重汇总为全规划；权重为 0 的不计入。举措和项目的权重在各自的编辑页中设置。
        </p>
        <WeightsForm strategies={plan.strategies} />
      </section>
    </main>
  );
}
