import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getMeasureForReport, type MeasureForReport } from "@/lib/dal/measures";
import type { Actor } from "@/lib/auth/current-user";
import { ProgressReportForm, type ReportFormStart } from "@/components/reports/progress-report-form";
import { ReportHistory } from "@/components/reports/report-history";
import { MeasureFacts } from "@/components/reports/measure-facts";
import { MeasureEditor } from "@/components/admin/measure-editor";
import { getAssignmentOptions, getMeasureForEditing } from "@/lib/dal/admin";
import { parseId } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "进展填报" };

/** The officer's own draft first, then a returned report awaiting revision, else a blank form. */
function formStart(measure: MeasureForReport, user: Actor): { start: ReportFormStart; returnedComment: string | null } {
  const thisMonth = new Date().toISOString().slice(0, 7);
  // "YYYY-MM" strings compare in calendar order.
  const defaultPeriod = [thisMonth, measure.planEndMonth].sort()[0];
  const draft = measure.reports.find((r) => r.reviewState === "DRAFT" && r.authorId === user.id);
  const returned = measure.reports.find((r) => r.reviewState === "RETURNED" && !r.revised);
  const from = draft ?? returned;
  if (!from) return { start: { period: defaultPeriod, values: {}, milestones: {} }, returnedComment: null };
  return {
    start: {
      draftId: draft?.id,
      revisesId: draft ? undefined : returned?.id,
      period: from.period,
      status: from.status,
      narrative: from.narrative,
      values: from.values,
      milestones: from.milestones,
    },
    returnedComment: draft ? null : returned?.reviewComment ?? null,
  };
}

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  // Outside the user's departments looks exactly like a missing measure.
  const measure = id === null ? null : await getMeasureForReport(user, id);
  if (!measure) notFound();
  const { start, returnedComment } = formStart(measure, user);
  const [editing, options] = user.role === "ADMIN" ? await Promise.all([getMeasureForEditing(user, measure.id), getAssignmentOptions()]) : [null, null];
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <a href="/console" className="text-sm text-blue-800 hover:underline">← 返回我的任务</a>
      <MeasureFacts measure={measure} />
      {user.role === "OFFICER" ? (
        <section aria-labelledby="report-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="report-heading" className="text-lg font-semibold">填报进展</h2>
          {start.draftId && <p className="mt-2 text-sm text-stone-700">您有一份未提交的草稿（{start.period}），已载入下方表单。</p>}
          {returnedComment && (
            <div role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              <p className="font-medium">{start.period} 的填报被退回，请按审核意见修改后重新提交：</p>
              <p className="mt-1">{returnedComment}</p>
            </div>
          )}
          <ProgressReportForm
            measureId={measure.id}
            version={measure.version}
            indicators={measure.indicators.filter((i) => !i.derivedFromChildren)}
            milestones={measure.milestones}
            start={start}
          />
        </section>
      ) : null}
      {editing && options && <MeasureEditor measure={editing} departments={options.departments} />}
      <ReportHistory reports={measure.reports} />
    </main>
  );
}
