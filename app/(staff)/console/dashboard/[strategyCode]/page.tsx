import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadStrategy } from "@/lib/dal/dashboard/pages";
import { LIST_LIMIT } from "@/lib/dal/dashboard/lists";
import { mostTroubled } from "@/lib/domain";
import { AsOfPicker } from "@/components/dashboard/as-of-picker";
import { DashboardHeader } from "@/components/dashboard/header";
import { Summary } from "@/components/dashboard/summary";
import { RollupTable } from "@/components/dashboard/rollup-table";
import { PortfolioSections } from "@/components/dashboard/portfolio-sections";
import { Section } from "@/components/dashboard/section";
import { shown } from "@/components/dashboard/format";
import { dashboardContext, type SearchParams } from "../context";
import { decodeParam } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "领导驾驶舱 · 战略" };

type Params = Promise<{ strategyCode: string }>;

export default async function StrategyDashboard({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [ctx, { strategyCode }, { areas: areasParam }] = await Promise.all([dashboardContext(searchParams), params, searchParams]);
  const { plan, asOf, query, elapsed } = ctx;
  const strategy = plan.strategies.find((s) => s.code === decodeParam(strategyCode));
  if (!strategy) notFound();
  const data = await loadStrategy(plan, strategy, asOf);
  if (!data) notFound();
  const { self } = data;
  const base = `/console/dashboard/${strategy.code}`;
  const areas = data.taskAreas.map((t) => ({ ...t, href: `${base}/${t.code}${query}` }));
  // Hundreds of task areas (a strategy of a large plan): the most troubled first, and a link to all.
  const listed = areasParam === "all" ? { rows: areas, total: areas.length } : mostTroubled(areas, LIST_LIMIT);
  const allHref = `${base}${query ? `${query}&` : "?"}areas=all#areas`;
  const areasNote =
    listed.rows.length < listed.total ? (
      <>
        {shown(listed, "重点任务")}
        <a href={allHref} className="text-blue-800 underline underline-offset-2">
          显示全部 {listed.total} 项
        </a>
      </>
    ) : (
      "点击重点任务查看其举措和项目。"
    );
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
      <Section id="areas" title="各重点任务完成度与时间进度" note={areasNote}>
        <RollupTable rows={listed.rows} elapsed={elapsed} noun="重点任务" title="各重点任务完成度与时间进度" />
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
