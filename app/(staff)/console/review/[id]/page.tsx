import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getReportForReview } from "@/lib/dal/reviews";
import { REVIEW_LABEL, STATUS_LABEL } from "@/lib/labels";
import { formatShanghaiTime } from "@/lib/format-time";
import { ReviewForms } from "@/components/review/review-forms";
import { parseId } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "审核填报" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser({ roles: ["LEADER"] });
  const id = parseId((await params).id);
  const report = id === null ? null : await getReportForReview(user, id);
  if (!report) notFound();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <a href="/console/review" className="text-sm text-blue-800 hover:underline">← 返回待审核</a>
      <p className="mt-4 text-sm text-stone-600">{report.strategyName} · {report.department} · {report.measureCode}</p>
      <h1 className="mt-1 text-xl font-bold">{report.measureTitle}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">填报期</dt><dd>{report.period}</dd>
        <dt className="text-stone-600">填报状态</dt><dd>{STATUS_LABEL[report.status]}</dd>
        <dt className="text-stone-600">填报人</dt><dd>{report.author}</dd>
        <dt className="text-stone-600">提交时间</dt><dd>{formatShanghaiTime(report.submittedAt)}</dd>
      </dl>
      <h2 className="mt-6 font-semibold">进展情况</h2>
      <p className="mt-1 whitespace-pre-wrap rounded border border-stone-200 bg-white p-3 text-sm">{report.narrative}</p>
      {report.values.length > 0 && (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="text-left font-semibold">指标数值</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col" className="py-1 pr-2">指标</th><th scope="col" className="py-1 pr-2">本次填报</th>
              <th scope="col" className="py-1 pr-2">上次审核值</th><th scope="col" className="py-1 pr-2">目标</th>
            </tr>
          </thead>
          <tbody>
            {report.values.map((v) => (
              <tr key={v.name} className="border-b border-stone-100">
                <td className="py-1 pr-2">{v.name}</td><td className="py-1 pr-2 font-medium">{v.value}{v.unit}</td>
                <td className="py-1 pr-2">{v.previous ?? "—"}{v.previous ? v.unit : ""}</td><td className="py-1 pr-2">{v.target}{v.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.milestones.length > 0 && (
        <ul className="mt-4 text-sm" aria-label="本次达成的里程碑">
          {report.milestones.map((m) => <li key={m.name}>里程碑“{m.name}”：{m.actualDate} 完成（计划 {m.plannedDate}）</li>)}
        </ul>
      )}
      {report.attachments.length > 0 && (
        <ul className="mt-4 text-sm" aria-label="证明材料">
          {report.attachments.map((a) => (
            <li key={a.id}><a className="text-blue-800 underline" href={`/api/attachments/${a.id}`}>{a.fileName}</a>{a.isPublic ? "（通过后公开）" : "（仅内部）"}</li>
          ))}
        </ul>
      )}
      {report.reviewState === "SUBMITTED" ? (
        <ReviewForms reportId={report.id} />
      ) : (
        <p role="status" className="mt-8 rounded border border-stone-300 bg-white p-4">该填报已审核：{REVIEW_LABEL[report.reviewState]}。</p>
      )}
    </main>
  );
}
