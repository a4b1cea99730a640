import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getMeasureForReport, type MeasureForReport } from "@/lib/dal/measures";
import type { Actor } from "@/lib/auth/current-user";
import { ProgressReportForm, type PendingReport } from "@/components/reports/progress-report-form";
import { reportFormStart } from "@/lib/reporting/form-start";
import { ReportHistory } from "@/components/reports/report-history";
import { MeasureFacts } from "@/components/reports/measure-facts";
import { MeasureEditor } from "@/components/admin/measure-editor";
import { getAssignmentOptions, getMeasureForEditing } from "@/lib/dal/admin";
import { parseId } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "进展填报" };

/** The officer's own draft first, then a returned or withdrawn report to revise, else a blank form. */
function formStart(measure: MeasureForReport, user: Actor) {
  const thisMonth = new Date().toISOString().slice(0, 7);
  // "YYYY-MM" strings compare in calendar order.
  const defaultPeriod = [thisMonth, measure.planEndMonth].sort()[0];
  return reportFormStart(measure.reports, user.id, defaultPeriod);
}

/** Reports awaiting review: a new submission for one of their periods replaces it. */
function pendingReports(measure: MeasureForReport): PendingReport[] {
  return measure.reports.filter((r) => r.reviewState === "SUBMITTED").map((r) => ({ id: r.id, period: r.period, evidence: r.attachments }));
}

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  // Outside the user's departments looks exactly like a missing measure.
  const measure = id === null ? null : await getMeasureForReport(user, id);
  if (!measure) notFound();
  const { start, from, returnedComment } = formStart(measure, user);
  const isPast = measure.plan.state === "PAST";
  const [editing, options] = user.role === "ADMIN" && !isPast ? await Promise.all([getMeasureForEditing(user, measure.id), getAssignmentOptions()]) : [null, null];
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <a href="/console" className="text-sm text-blue-800 hover:underline">← 返回我的任务</a>
      <MeasureFacts measure={measure} />
      {measure.plan.state !== "CURRENT" && (
        <p role="note" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-stone-800">
          {isPast
            ? `该举措属于已结束的规划“${measure.plan.name}”：只读，不能再填报、审核或修改；结果继续在公开网站展示。`
            : `该举措属于尚未发布的规划“${measure.plan.name}”：发布后才能填报。`}
        </p>
      )}
      {user.role === "OFFICER" && measure.plan.state === "CURRENT" ? (
        <section aria-labelledby="report-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="report-heading" className="text-lg font-semibold">填报进展</h2>
          {start.draftId && <p className="mt-2 text-sm text-stone-700">您有一份未提交的草稿（{start.period}），已载入下方表单。</p>}
          {from === "withdrawn" && (
            <p className="mt-2 text-sm text-stone-700">您撤回的 {start.period} 填报已载入下方表单，修改后可重新提交审核。</p>
          )}
          {from === "returned" && (
            <div role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              <p className="font-medium">{start.period} 的填报被退回，请按审核意见修改后重新提交：</p>
              <p className="mt-1">{returnedComment ?? ""}</p>
            </div>
          )}
          <ProgressReportForm
            measureId={measure.id}
            version={measure.version}
            indicators={measure.indicators.filter((i) => !i.derivedFromChildren)}
            milestones={measure.milestones}
            start={start}
            pending={pendingReports(measure)}
            planYears={{ first: Number(measure.planStartMonth.slice(0, 4)), last: Number(measure.planEndMonth.slice(0, 4)) }}
          />
        </section>
      ) : null}
      {editing && options && <MeasureEditor measure={editing} departments={options.departments} />}
      <ReportHistory reports={measure.reports} indicators={measure.indicators} milestones={measure.milestones} canWithdraw={user.role === "OFFICER" && measure.plan.state === "CURRENT"} />
    </main>
  );
}
