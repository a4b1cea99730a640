import type { MeasureForReport } from "@/lib/dal/measures";
import { REVIEW_LABEL, STATUS_LABEL } from "@/lib/labels";
import { WithdrawButton } from "./withdraw-button";

export function ReportHistory({ reports, canWithdraw }: { reports: MeasureForReport["reports"]; canWithdraw: boolean }) {
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
