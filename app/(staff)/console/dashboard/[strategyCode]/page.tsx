import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fractionElapsed } from "@/lib/domain";
import { loadStrategy } from "@/lib/dal/dashboard/pages";
import { AsOfPicker } from "@/components/dashboard/as-of-picker";
import { DashboardHeader } from "@/components/dashboard/header";
import { Summary } from "@/components/dashboard/summary";
import { RollupTable } from "@/components/dashboard/rollup-table";
import { Distribution } from "@/components/dashboard/distribution";
import { Trend } from "@/components/dashboard/trend";
import { DeadlineTable, LaggingTable } from "@/components/dashboard/lists";
import { DepartmentTable } from "@/components/dashboard/department-table";
import { Section } from "@/components/dashboard/section";
import { dashboardContext, type SearchParams } from "../context";

export const metadata: Metadata = { title: "领导驾驶舱 · 战略" };

type Params = Promise<{ strategyCode: string }>;

export default async function StrategyDashboard({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [ctx, { strategyCode }] = await Promise.all([dashboardContext(searchParams), params]);
  const { plan, asOf, query } = ctx;
  const strategy = plan.strategies.find((s) => s.code === decodeURIComponent(strategyCode));
  if (!strategy) notFound();
  const data = await loadStrategy(plan, strategy, asOf);
  if (!data) notFound();
  const { self, trend, lagging, upcoming, departments } = data;
  const elapsed = fractionElapsed(plan.startDate, plan.endDate, asOf);
  const base = `/console/dashboard/${strategy.code}`;
  const areas = data.taskAreas.map((t) => ({ ...t, href: `${base}/${t.code}${query}` }));
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pb-16">
      <DashboardHeader
        demo={plan.hasDemoData}
        crumbs={[{ label: "领导驾驶舱", href: `/console/dashboard${query}` }, { label: strategy.name, href: `${base}${query}` }]}
        title={strategy.name}
        subtitle={`${plan.name}；权重 ${strategy.weight}`}
      />
      <AsOfPicker path={base} asOf={asOf} isDefault={ctx.isDefault} invalid={ctx.invalid} links={ctx.links} defaultAsOf={ctx.defaultAsOf} planEnd={plan.endDate} />
      <Summary rollup={self} elapsed={elapsed} label="本战略" />
      <Section id="areas" title="各重点任务完成度与时间进度" note="点击重点任务查看其举措和项目。">
        <RollupTable rows={areas} elapsed={elapsed} noun="重点任务" title="各重点任务完成度与时间进度" />
      </Section>
      <Section id="distribution" title="状态分布">
        <Distribution counts={self.counts} title="本战略举措和项目状态分布" />
      </Section>
      <Section id="trend" title="趋势">
        <Trend points={trend} title="本战略各季度末情况" />
      </Section>
      <Section id="lagging" title="滞后事项及原因">
        <LaggingTable list={lagging} query={query} />
      </Section>
      <Section id="deadlines" title="未来 90 天到期事项">
        <DeadlineTable list={upcoming} asOf={asOf} query={query} />
      </Section>
      <Section id="departments" title="部门情况">
        <DepartmentTable rows={departments} />
      </Section>
    </main>
  );
}
