import type { MeasureForReport, ReportSummary } from "@/lib/dal/measures";
import { withUnit } from "@/lib/domain";
import { REVIEW_LABEL, STATUS_LABEL } from "@/lib/labels";
import { WithdrawButton } from "./withdraw-button";

type Props = Pick<MeasureForReport, "reports" | "indicators" | "milestones"> & { canWithdraw: boolean };

export function ReportHistory({ reports, indicators, milestones, canWithdraw }: Props) {
  return (
    <section aria-labelledby="history-heading" className="mt-8">
      <h2 id="history-heading" className="text-lg font-semibold">填报记录</h2>
      {reports.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">尚无填报记录。</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {reports.map((r) => (
            <li key={r.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
              <p className="font-medium">
                {r.period} · {STATUS_LABEL[r.status]} · {REVIEW_LABEL[r.reviewState]}
                {r.reviewState === "WITHDRAWN" && r.revised && "（已由新的填报替换）"}
                {r.isDemo && <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">演示数据</span>}
              </p>
              <p className="mt-1 text-stone-700">{r.narrative}</p>
              <ReportedNumbers report={r} indicators={indicators} milestones={milestones} />
              {r.reviewComment && <p className="mt-1 text-red-800">审核意见：{r.reviewComment}</p>}
              {r.attachments.length > 0 && (
                <ul className="mt-1 text-xs" aria-label="证明材料">
                  {r.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={`/api/attachments/${a.id}`} className="text-blue-800 underline">{a.fileName}</a>
                      {a.isPublic ? "（审核通过后公开）" : "（仅内部）"}
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-1 text-xs text-stone-500">填报人：{r.author}</p>
              {canWithdraw && r.reviewState === "SUBMITTED" && <WithdrawButton reportId={r.id} period={r.period} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What the report stated besides its words: indicator values, the percentage, milestones reached. */
function ReportedNumbers({ report, indicators, milestones }: { report: ReportSummary } & Pick<MeasureForReport, "indicators" | "milestones">) {
  const items = [
    ...indicators.filter((i) => report.values[String(i.id)] !== undefined).map((i) => ({ key: `i${i.id}`, term: i.name, value: withUnit(report.values[String(i.id)], i.unit) })),
    ...(report.percentComplete !== null ? [{ key: "percent", term: "完成比例", value: `${report.percentComplete}%` }] : []),
    ...milestones.filter((m) => report.milestones[String(m.id)]).map((m) => ({ key: `m${m.id}`, term: `${m.name}（实际完成）`, value: report.milestones[String(m.id)] })),
  ];
  if (items.length === 0) return null;
  return (
    <div role="group" aria-label="填报数值">
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-stone-700">
        {items.map((item) => (
          <div key={item.key} className="contents">
            <dt className="text-stone-500">{item.term}</dt>
            <dd className="tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
