import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadStrategy } from "@/lib/dal/dashboard/pages";
import { AsOfPicker } from "@/components/dashboard/as-of-picker";
import { DashboardHeader } from "@/components/dashboard/header";
import { Summary } from "@/components/dashboard/summary";
import { RollupTable } from "@/components/dashboard/rollup-table";
import { PortfolioSections } from "@/components/dashboard/portfolio-sections";
import { Section } from "@/components/dashboard/section";
import { dashboardContext, type SearchParams } from "../context";
import { decodeParam } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "领导驾驶舱 · 战略" };

type Params = Promise<{ strategyCode: string }>;

export default async function StrategyDashboard({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [ctx, { strategyCode }] = await Promise.all([dashboardContext(searchParams), params]);
  const { plan, asOf, query, elapsed } = ctx;
  const strategy = plan.strategies.find((s) => s.code === decodeParam(strategyCode));
  if (!strategy) notFound();
  const data = await loadStrategy(plan, strategy, asOf);
  if (!data) notFound();
  const { self } = data;
  const base = `/console/dashboard/${strategy.code}`;
  const areas = data.taskAreas.map((t) => ({ ...t, href: `${base}/${t.code}${query}` }));
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pb-16">
      <DashboardHeader
        demo={plan.hasDemoData}
        crumbs={ctx.crumbs({ label: strategy.name, path: base })}
        title={strategy.name}
        subtitle={`${plan.name}；权重 ${strategy.weight}`}
      />
      <AsOfPicker path={base} {...ctx.picker} />
      <Summary rollup={self} elapsed={elapsed} label="本战略" />
      <Section id="areas" title="各重点任务完成度与时间进度" note="点击重点任务查看其举措和项目。">
        <RollupTable rows={areas} elapsed={elapsed} noun="重点任务" title="各重点任务完成度与时间进度" />
      </Section>
      <PortfolioSections
        {...data}
        counts={self.counts}
        distributionTitle="本战略举措和项目状态分布"
        trendTitle="本战略各季度末情况"
        asOf={asOf}
        query={query}
      />
    </main>
  );
}
