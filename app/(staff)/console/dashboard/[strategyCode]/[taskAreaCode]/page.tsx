import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadTaskArea } from "@/lib/dal/dashboard/pages";
import { AsOfPicker } from "@/components/dashboard/as-of-picker";
import { DashboardHeader } from "@/components/dashboard/header";
import { Summary } from "@/components/dashboard/summary";
import { Distribution } from "@/components/dashboard/distribution";
import { Trend } from "@/components/dashboard/trend";
import { MeasureTable } from "@/components/dashboard/measure-table";
import { Section } from "@/components/dashboard/section";
import { dashboardContext, type SearchParams } from "../../context";
import { decodeParam } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "领导驾驶舱 · 重点任务" };

type Params = Promise<{ strategyCode: string; taskAreaCode: string }>;

export default async function TaskAreaDashboard({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [ctx, p] = await Promise.all([dashboardContext(searchParams), params]);
  const { plan, asOf, query, elapsed } = ctx;
  const strategy = plan.strategies.find((s) => s.code === decodeParam(p.strategyCode));
  const area = strategy?.taskAreas.find((t) => t.code === decodeParam(p.taskAreaCode));
  if (!strategy || !area) notFound();
  const data = await loadTaskArea(plan, strategy, area, asOf);
  if (!data) notFound();
  const { self, trend, measures } = data;
  const base = `/console/dashboard/${strategy.code}/${area.code}`;
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pb-16">
      <DashboardHeader
        demo={plan.hasDemoData}
        crumbs={ctx.crumbs({ label: strategy.name, path: `/console/dashboard/${strategy.code}` }, { label: area.name, path: base })}
        title={area.name}
        subtitle={`重点任务 ${area.code}；在本战略中的权重 ${area.weight}`}
      />
      <AsOfPicker path={base} {...ctx.picker} />
      <Summary rollup={self} elapsed={elapsed} label="本重点任务" />
      <Section id="measures" title="举措和项目" note="点击举措或项目查看各项指标、里程碑和填报。">
        <MeasureTable rows={measures} query={query} title="本重点任务的举措和项目" />
      </Section>
      <Section id="distribution" title="状态分布">
        <Distribution counts={self.counts} title="本重点任务举措和项目状态分布" />
      </Section>
      <Section id="trend" title="趋势">
        <Trend points={trend} title="本重点任务各季度末情况" />
      </Section>
    </main>
  );
}
