"use client";
import { useActionState } from "react";
import { approveProgressReport } from "@/lib/actions/approve-progress-report";
import { returnProgressReport } from "@/lib/actions/return-progress-report";
import { FieldError } from "@/components/ui/field-error";
import { FormStatus } from "@/components/ui/form-status";

export function ReviewForms({ reportId }: { reportId: number }) {
  const [approved, approve, approving] = useActionState(approveProgressReport, null);
  const [returned, giveBack, returning] = useActionState(returnProgressReport, null);
  const done = approved?.ok || returned?.ok;
  const errors = returned && !returned.ok ? returned.fieldErrors ?? {} : {};
  return (
    <section aria-labelledby="verdict-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="verdict-heading" className="text-lg font-semibold">审核意见</h2>
      {done ? (
        <p role="status" className="mt-2 text-green-800">{approved?.ok ? approved.message : returned?.message}</p>
      ) : (
        <div className="mt-3 grid gap-6 sm:grid-cols-2">
          <form action={approve}>
            <input type="hidden" name="reportId" value={reportId} />
            <button type="submit" disabled={approving} className="rounded bg-green-800 px-4 py-2 font-medium text-white hover:bg-green-900 disabled:opacity-60">
              审核通过并公开
            </button>
            <FormStatus state={approved} />
          </form>
          <form action={giveBack} noValidate>
            <input type="hidden" name="reportId" value={reportId} />
            <label htmlFor="comment" className="block text-sm font-medium">退回意见（必填）</label>
            <textarea id="comment" name="comment" rows={3} aria-describedby="comment-error" className="mt-1 w-full rounded border border-stone-400 px-3 py-2" />
            <FieldError id="comment-error" messages={errors.comment} />
            <button type="submit" disabled={returning} className="mt-2 rounded border border-red-700 px-4 py-2 text-red-800 hover:bg-red-50 disabled:opacity-60">
              退回修改
            </button>
            <FormStatus state={returned} />
          </form>
        </div>
      )}
    </section>
  );
}
