import type { Metadata } from "next";
// Plain links: see docs/decisions/003 (the client router mixed up dynamic pages).
import { notFound } from "next/navigation";
import { countStatuses, fractionElapsed } from "@/lib/domain";
import { loadMeasure } from "@/lib/dal/dashboard/pages";
import { KIND_LABEL } from "@/lib/labels";
import { AsOfPicker } from "@/components/dashboard/as-of-picker";
import { DashboardHeader } from "@/components/dashboard/header";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { Trend } from "@/components/dashboard/trend";
import { MeasureTable } from "@/components/dashboard/measure-table";
import { IndicatorTable, MilestoneTable, ReportList } from "@/components/dashboard/measure-parts";
import { Section } from "@/components/dashboard/section";
import { chineseDate, percent } from "@/components/dashboard/format";
import { dashboardContext, type SearchParams } from "../../../context";
import { decodeParam } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "领导驾驶舱 · 举措" };

type Params = Promise<{ strategyCode: string; taskAreaCode: string; measureCode: string }>;

export default async function MeasureDashboard({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [ctx, p] = await Promise.all([dashboardContext(searchParams), params]);
  const { plan, asOf, query } = ctx;
  const strategy = plan.strategies.find((s) => s.code === decodeParam(p.strategyCode));
  const area = strategy?.taskAreas.find((t) => t.code === decodeParam(p.taskAreaCode));
  if (!strategy || !area) notFound();
  const code = decodeParam(p.measureCode);
  const data = code === null ? null : await loadMeasure({ plan, asOf, taskAreaId: area.id, code });
  if (!data) notFound();
  const { measure: m } = data;
  const areaPath = `/console/dashboard/${strategy.code}/${area.code}`;
  const trend = data.trend.map((t) => ({ ...t, elapsed: fractionElapsed(plan.startDate, plan.endDate, t.asOf), counts: countStatuses([]) }));
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pb-16">
      <DashboardHeader
        demo={plan.hasDemoData}
        crumbs={ctx.crumbs(
          { label: strategy.name, path: `/console/dashboard/${strategy.code}` },
          { label: area.name, path: areaPath },
          { label: m.code, path: `${areaPath}/${m.code}` },
        )}
        title={m.title}
        subtitle={`${KIND_LABEL[m.kind]} ${m.code}${m.parent ? `，属于“${m.parent.title}”` : ""}`}
      />
      <AsOfPicker path={`${areaPath}/${m.code}`} {...ctx.picker} />
      <div className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <p><StatusBadge status={m.status} /> <span className="ml-1 text-stone-900">{m.reason}</span></p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
          <dt className="text-stone-600">完成度</dt><dd>{percent(m.progress)}</dd>
          <dt className="text-stone-600">最早未完成期限</dt><dd>{chineseDate(m.deadline)}</dd>
          <dt className="text-stone-600">牵头单位</dt><dd>{m.leadDepartment}</dd>
          <dt className="text-stone-600">责任单位</dt><dd>{m.departments.join("、")}</dd>
          <dt className="text-stone-600">所计最近填报审核于</dt><dd>{m.lastApprovedAt ? chineseDate(m.lastApprovedAt.slice(0, 10)) : "—"}</dd>
          <dt className="text-stone-600">权重</dt><dd>{m.weight}</dd>
        </dl>
        <p className="mt-3 text-sm"><a href={`/console/measures/${m.measureId}`} className="text-blue-800 underline underline-offset-2">查看全部填报记录</a></p>
      </div>
      {data.indicators.length > 0 ? <Section id="indicators" title="指标"><IndicatorTable rows={data.indicators} /></Section> : null}
      {data.milestones ? <Section id="milestones" title="里程碑"><MilestoneTable milestones={data.milestones} /></Section> : null}
      {data.children.length > 0 ? (
        <Section id="projects" title="所属项目"><MeasureTable rows={data.children} query={query} title="所属项目" /></Section>
      ) : null}
      <Section id="trend" title="趋势"><Trend points={trend} title="各季度末完成度" counts={false} /></Section>
      <Section id="reports" title="最近审核通过的填报"><ReportList reports={data.reports} /></Section>
    </main>
  );
}
