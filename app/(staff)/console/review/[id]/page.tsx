import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getReportForReview } from "@/lib/dal/reviews";
import { REVIEW_LABEL, STATUS_LABEL } from "@/lib/labels";
import { formatShanghaiTime } from "@/lib/format-time";
import { formatChineseDate } from "@/lib/domain";
import { ReviewForms } from "@/components/review/review-forms";
import { parseId } from "@/lib/validation/route-params";
import { EvidencePreview } from "@/components/review/evidence-preview";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { TrendChart } from "@/components/public/trend-chart";

export const metadata: Metadata = { title: "审核填报" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser({ roles: ["LEADER"] });
  const id = parseId((await params).id);
  const report = id === null ? null : await getReportForReview(user, id);
  if (!report) notFound();
  const trends = report.trends.filter((t) => t.points.length > 1);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <a href="/console/review" className="text-sm text-blue-800 hover:underline">← 返回待审核</a>
      <p className="mt-4 text-sm text-stone-600">{report.strategyName} · {report.department} · {report.measureCode}</p>
      <h1 className="mt-1 text-xl font-bold">{report.measureTitle}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">填报期</dt><dd>{report.period}</dd>
        <dt className="text-stone-600">填报状态</dt><dd>{STATUS_LABEL[report.status]}</dd>
        <dt className="text-stone-600">填报人</dt><dd>{report.author}</dd>
        <dt className="text-stone-600">提交时间</dt><dd>{formatShanghaiTime(report.submittedAt)}（已等待 {report.daysWaiting} 天）</dd>
      </dl>
      {report.engine && (
        <section aria-labelledby="engine-heading" className="mt-4 rounded border border-stone-200 bg-white p-3 text-sm">
          <h2 id="engine-heading" className="font-semibold">举措当前状态（按审核通过的数据，截至 {formatChineseDate(report.engine.asOf)}）</h2>
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <StatusBadge status={report.engine.status} />
            <span>完成度 {Math.round(report.engine.progress * 100)}%</span>
          </p>
          <p className="mt-1 text-stone-700">{report.engine.reason}</p>
        </section>
      )}
      <h2 className="mt-6 font-semibold">进展情况</h2>
      <p className="mt-1 whitespace-pre-wrap rounded border border-stone-200 bg-white p-3 text-sm">{report.narrative}</p>
      {report.percentComplete !== null && (
        <p className="mt-2 text-sm">
          填报的完成比例：<strong>{report.percentComplete}%</strong>
          <span className="text-stone-600">（审核通过后计入该举措的完成度）</span>
        </p>
      )}
      {report.values.length > 0 && (
        <table className="data-table cards mt-4">
          <caption className="text-left font-semibold">指标数值</caption>
          <thead>
            <tr><th scope="col">指标</th><th scope="col">本次填报</th><th scope="col">上次审核通过</th><th scope="col">目标</th></tr>
          </thead>
          <tbody>
            {report.values.map((v) => (
              <tr key={v.name}>
                <td>{v.name}</td>
                <td data-label="本次填报" className="font-medium">{v.value}{v.unit}</td>
                <td data-label="上次审核通过">{v.previous === null ? "—" : <span>{v.previous}{v.unit}<small className="inline text-stone-500">（{v.previousPeriod}）</small></span>}</td>
                <td data-label="目标">{v.target}{v.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {trends.length > 0 && (
        <section aria-labelledby="trend-heading" className="mt-6">
          <h2 id="trend-heading" className="font-semibold">历次审核通过的数值</h2>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {trends.map((t) => (
              <figure key={t.name} className="rounded border border-stone-200 bg-white p-2">
                <figcaption className="text-sm">{t.name}（目标 {t.target}{t.unit}）：{t.points.map((p) => `${p.date.slice(0, 7)} ${p.value}`).join("、")}</figcaption>
                <TrendChart name={t.name} unit={t.unit} points={t.points} target={t.target} />
              </figure>
            ))}
          </div>
        </section>
      )}
      {report.milestones.length > 0 && (
        <ul className="mt-4 text-sm" aria-label="本次达成的里程碑">
          {report.milestones.map((m) => <li key={m.name}>里程碑“{m.name}”：{m.actualDate} 完成（计划 {m.plannedDate}）</li>)}
        </ul>
      )}
      <EvidencePreview files={report.attachments} />
      {report.reviewState === "SUBMITTED" ? (
        <ReviewForms reportId={report.id} />
      ) : (
        <p role="status" className="mt-8 rounded border border-stone-300 bg-white p-4">该填报已审核：{REVIEW_LABEL[report.reviewState]}。</p>
      )}
    </main>
  );
}
