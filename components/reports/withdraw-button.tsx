"use client";
import { useActionState } from "react";
import { withdrawProgressReport } from "@/lib/actions/withdraw-progress-report";

/** 撤回: takes a report out of the review queue before anyone has reviewed it. */
export function WithdrawButton({ reportId, period }: { reportId: number; period: string }) {
  const [state, action, pending] = useActionState(withdrawProgressReport, null);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="reportId" value={reportId} />
      <button type="submit" disabled={pending} aria-describedby={`withdraw-${reportId}-hint`}
        className="rounded border border-stone-400 px-3 py-1 text-xs hover:bg-stone-100 disabled:opacity-60">
        {pending ? "正在撤回…" : "撤回"}
      </button>
      <span id={`withdraw-${reportId}-hint`} className="text-xs text-stone-500">审核前可撤回 {period} 的填报，修改后再提交</span>
      <span aria-live="polite" className={state?.ok ? "text-xs text-green-800" : "text-xs text-red-700"}>{state?.message}</span>
    </form>
  );
}
