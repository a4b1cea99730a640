import { connection } from "next/server";
import { getPlanOverview } from "@/lib/dal/plan";
import { DemoDataNotice } from "@/components/ui/demo-data-notice";
import { StrategyCard } from "@/components/plan/strategy-card";

export default async function HomePage() {
  await connection(); // rendered per request from the database, never at build time
  const overview = await getPlanOverview();
  if (!overview) {
    return <main id="main" className="mx-auto max-w-5xl px-4 py-10">尚未录入规划数据。</main>;
  }
  return (
    <>
      {overview.hasDemoData && <DemoDataNotice />}
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{overview.name}</h1>
        <p className="mt-2 text-stone-700">
          规划期 {overview.startYear}—{overview.endYear} 年 · {overview.strategies.length} 大战略 ·{" "}
          {overview.strategies.reduce((n, s) => n + s.taskAreas.length, 0)} 项重点任务
        </p>
        <div className="mt-6 grid gap-6 md:grid-cols-3">
          {overview.strategies.map((s) => (
            <StrategyCard key={s.code} strategy={s} />
          ))}
        </div>
      </main>
    </>
  );
}
