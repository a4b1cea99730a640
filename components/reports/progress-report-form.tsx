"use client";
import { useActionState } from "react";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import type { IndicatorForReport } from "@/lib/dal/measures";
import { PROGRESS_STATUSES } from "@/lib/validation/progress-report";
import { STATUS_LABEL } from "@/lib/labels";
import { FieldError } from "@/components/ui/field-error";

type Props = { measureId: number; version: number; defaultPeriod: string; indicators: IndicatorForReport[] };

export function ProgressReportForm({ measureId, version, defaultPeriod, indicators }: Props) {
  const [state, action, pending] = useActionState(submitProgressReport, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const typed = state && !state.ok ? state.submitted ?? {} : {};
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="measureId" value={measureId} />
      <input type="hidden" name="basedOnVersion" value={version} />
      <div>
        <label htmlFor="period" className="block text-sm font-medium">填报期（年-月）</label>
        <input id="period" name="period" type="month" key={`period-${typed.period}`} defaultValue={typed.period ?? defaultPeriod} aria-describedby="period-error"
          className="mt-1 rounded border border-stone-400 px-3 py-2" />
        <FieldError id="period-error" messages={errors.period} />
      </div>
      {indicators.map((i) => (
        <div key={i.id}>
          <label htmlFor={`value-${i.id}`} className="block text-sm font-medium">
            {i.name}{i.unit ? `（${i.unit}）` : i.kind === "MILESTONE" ? "（1 = 已完成，0 = 未完成）" : ""}
          </label>
          <input id={`value-${i.id}`} name={`values.${i.id}`} inputMode="decimal"
            key={`v-${typed[`values.${i.id}`]}`} defaultValue={typed[`values.${i.id}`]} aria-describedby={`value-${i.id}-error`}
            className="mt-1 w-40 rounded border border-stone-400 px-3 py-2" />
          <FieldError id={`value-${i.id}-error`} messages={errors[`values.${i.id}`]} />
        </div>
      ))}
      <fieldset>
        <legend className="text-sm font-medium">进展状态</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {PROGRESS_STATUSES.map((s) => (
            <label key={s} className="flex items-center gap-1 text-sm">
              <input type="radio" name="status" value={s} aria-describedby="status-error"
                key={`${s}-${typed.status}`} defaultChecked={typed.status === s} /> {STATUS_LABEL[s]}
            </label>
          ))}
        </div>
        <FieldError id="status-error" messages={errors.status} />
      </fieldset>
      <div>
        <label htmlFor="narrative" className="block text-sm font-medium">进展情况说明</label>
        <textarea id="narrative" name="narrative" rows={4} aria-describedby="narrative-error"
          key={`n-${typed.narrative}`} defaultValue={typed.narrative}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2" />
        <FieldError id="narrative-error" messages={errors.narrative} />
      </div>
      <p role="status" aria-live="polite" className={state?.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>
        {state?.message}
      </p>
      <div className="flex gap-3">
        <button type="submit" name="intent" value="submit" disabled={pending}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">提交审核</button>
        <button type="submit" name="intent" value="draft" disabled={pending}
          className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100 disabled:opacity-60">保存草稿</button>
      </div>
    </form>
  );
}
