import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatChineseDate } from "@/lib/domain";
import { loadOverview } from "@/lib/dal/dashboard/pages";
import { AsOfPicker } from "@/components/dashboard/as-of-picker";
import { DashboardHeader } from "@/components/dashboard/header";
import { Summary } from "@/components/dashboard/summary";
import { RollupTable } from "@/components/dashboard/rollup-table";
import { PortfolioSections } from "@/components/dashboard/portfolio-sections";
import { Section } from "@/components/dashboard/section";
import { dashboardContext, type SearchParams } from "./context";

export const metadata: Metadata = { title: "领导驾驶舱 · 规划总览" };

export default async function DashboardOverview({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await dashboardContext(searchParams);
  const { plan, asOf, query, elapsed } = ctx;
  const data = await loadOverview(plan, asOf);
  if (!data) notFound();
  const { rollups } = data;
  const strategies = rollups.strategies.map((s) => ({ ...s, href: `/console/dashboard/${s.code}${query}` }));
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pb-16">
      <DashboardHeader
        demo={plan.hasDemoData}
        crumbs={ctx.crumbs()}
        title={`规划实施总览 · ${plan.name}`}
        subtitle={`规划期 ${formatChineseDate(plan.startDate)} 至 ${formatChineseDate(plan.endDate)}；只计审核通过的填报。`}
      />
      <AsOfPicker path="/console/dashboard" {...ctx.picker} />
      <Summary rollup={rollups.plan} elapsed={elapsed} label="全规划" />
      <Section id="strategies" title="各战略完成度与时间进度" note="完成度按权重汇总；状态说明见悬停提示或表格。点击战略查看详情。">
        <RollupTable rows={strategies} elapsed={elapsed} noun="战略" title="各战略完成度与时间进度" />
      </Section>
      <PortfolioSections
        {...data}
        counts={rollups.plan.counts}
        distributionTitle="举措和项目状态分布"
        trendTitle="全规划各季度末情况"
        trendNote="各季度末的加权完成度、时间进度和状态分布。"
        asOf={asOf}
        query={query}
      />
    </main>
  );
}
