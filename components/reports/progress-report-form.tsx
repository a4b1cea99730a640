"use client";
import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import type { IndicatorForReport, MeasureForReport } from "@/lib/dal/measures";
import { PROGRESS_STATUSES } from "@/lib/validation/progress-report";
import { STATUS_LABEL } from "@/lib/labels";
import { FieldError } from "@/components/ui/field-error";
import { FormStatus } from "@/components/ui/form-status";
import { PeriodPicker } from "./period-picker";
import { EvidencePicker, uploadEvidence } from "./evidence-picker";
import type { FormStart } from "@/lib/reporting/form-start";
import { takesReportedPercent } from "@/lib/validation/report-content";
import { ExistingEvidence, type ExistingFile } from "./existing-evidence";

/** What the form starts from: the officer's own draft, a returned or withdrawn report to revise, or nothing. */
export type ReportFormStart = FormStart;

/** A report awaiting review: a submission for its period replaces it (and takes its files). */
export type PendingReport = { id: number; period: string; evidence: ExistingFile[] };

type Props = {
  measureId: number;
  version: number;
  indicators: IndicatorForReport[];
  milestones: MeasureForReport["milestones"];
  start: ReportFormStart;
  pending: PendingReport[];
  planYears: { first: number; last: number };
};

const input = "mt-1 rounded border border-stone-400 px-3 py-2";

export function ProgressReportForm({ measureId, version, indicators, milestones, start, pending: waiting, planYears }: Props) {
  const [state, action, pending] = useActionState(submitProgressReport, null);
  const [period, setPeriod] = useState(start.period);
  // The page re-renders after a save or a withdrawal with another starting report: follow it.
  const startKey = `${start.draftId ?? ""}:${start.revisesId ?? ""}:${start.period}`;
  const [shownStart, setShownStart] = useState(startKey);
  if (shownStart !== startKey) {
    setShownStart(startKey);
    setPeriod(start.period);
  }
  const [files, setFiles] = useState<File[]>([]);
  // Submitted: the chosen files are stored with the report; the next report starts without them,
  // and without the picker's notes on files it refused for this one (a new picker).
  const [pickerKey, setPickerKey] = useState(0);
  // The keys of the files already sent to the server: a refused report goes again without
  // sending them again; forgotten once the report is in, or when the server no longer has them.
  const sent = useRef(new Map<File, string>());
  useEffect(() => {
    if (state?.ok || state?.fieldErrors?.evidence) sent.current.clear();
    if (state?.ok) {
      setFiles([]);
      setPickerKey((n) => n + 1);
    }
  }, [state]);
  const replaced = start.revisesId ? undefined : waiting.find((p) => p.period === period);
  const takesPercent = takesReportedPercent({ indicators, milestones });
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  // The files go up one by one before the report, so the form sends only once its script runs:
  // until then the buttons wait (for good, with scripts off: a note then says why).
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  // Each chosen file is streamed to the server first; the report carries the keys it got back.
  const submitWithFiles = async (data: FormData) => {
    setUploading(true);
    setUploadErrors([]);
    const uploaded = await uploadEvidence(files, sent.current);
    setUploading(false);
    if (!uploaded.ok) return setUploadErrors(uploaded.errors);
    data.delete("evidence");
    for (const key of uploaded.keys) data.append("evidence", key);
    startTransition(() => action(data));
  };
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  // After a refusal React has reset the form: show what was typed, else where the form started.
  const typed = state && !state.ok ? state.submitted ?? {} : null;
  const value = (name: string, initial?: string) => (typed ? typed[name] : initial) ?? "";
  const k = (name: string) => `${name}:${value(name)}:${state ? "s" : "i"}`;
  return (
    <form action={submitWithFiles} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="measureId" value={measureId} />
      <input type="hidden" name="basedOnVersion" value={version} />
      {start.draftId && <input type="hidden" name="draftId" value={start.draftId} />}
      {start.revisesId && <input type="hidden" name="revisesId" value={start.revisesId} />}
      <PeriodPicker value={period} onChange={setPeriod} firstYear={planYears.first} lastYear={planYears.last} errors={errors.period} />
      {replaced && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          {period} 已有一份待审核的填报。提交本次填报后，它将被替换（不再等待审核，仍保留在填报记录中）{replaced.evidence.length > 0 ? "，其证明材料转入本次填报" : ""}。
        </p>
      )}
      {indicators.map((i) => (
        <div key={i.id}>
          <label htmlFor={`value-${i.id}`} className="block text-sm font-medium">
            {i.name}{i.unit ? `（${i.unit}）` : i.kind === "MILESTONE" ? "（1 = 已完成，0 = 未完成）" : ""}
          </label>
          <input id={`value-${i.id}`} name={`values.${i.id}`} inputMode="decimal" key={k(`values.${i.id}`)}
            defaultValue={value(`values.${i.id}`, start.values[String(i.id)])} aria-describedby={`value-${i.id}-error`} className={`${input} w-40`} />
          <FieldError id={`value-${i.id}-error`} messages={errors[`values.${i.id}`]} />
        </div>
      ))}
      {milestones.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">里程碑完成日期（本期达成的填写日期，未达成的留空）</legend>
          {milestones.map((m) => (
            <div key={m.id} className="mt-2">
              <label htmlFor={`milestone-${m.id}`} className="block text-sm">{m.name}（计划 {m.plannedDate}）</label>
              <input id={`milestone-${m.id}`} name={`milestones.${m.id}`} type="date" key={k(`milestones.${m.id}`)}
                defaultValue={value(`milestones.${m.id}`, start.milestones[String(m.id)] ?? m.actualDate ?? "")}
                aria-describedby={`milestone-${m.id}-error`} className={input} />
              <FieldError id={`milestone-${m.id}-error`} messages={errors[`milestones.${m.id}`]} />
            </div>
          ))}
        </fieldset>
      )}
      {takesPercent && (
        <div>
          <label htmlFor="percentComplete" className="block text-sm font-medium">完成比例（%，选填）</label>
          <p id="percentComplete-hint" className="text-xs text-stone-600">该举措没有数值指标和里程碑，审核通过的完成比例即为其完成度。</p>
          <input id="percentComplete" name="percentComplete" inputMode="numeric" key={k("percentComplete")}
            defaultValue={value("percentComplete", start.percentComplete == null ? undefined : String(start.percentComplete))}
            aria-describedby="percentComplete-hint percentComplete-error" className={`${input} w-28`} />
          <FieldError id="percentComplete-error" messages={errors.percentComplete} />
        </div>
      )}
      <fieldset>
        <legend className="text-sm font-medium">进展状态</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {PROGRESS_STATUSES.map((s) => (
            <label key={s} className="flex items-center gap-1 text-sm">
              <input type="radio" name="status" value={s} aria-describedby="status-error" key={k("status") + s} defaultChecked={value("status", start.status) === s} />
              {STATUS_LABEL[s]}
            </label>
          ))}
        </div>
        <FieldError id="status-error" messages={errors.status} />
      </fieldset>
      <div>
        <label htmlFor="narrative" className="block text-sm font-medium">进展情况说明</label>
        <p id="narrative-hint" className="text-xs text-stone-600">状态为“滞后”时，须说明滞后原因和整改措施。</p>
        <textarea id="narrative" name="narrative" rows={4} key={k("narrative")} defaultValue={value("narrative", start.narrative)}
          aria-describedby="narrative-hint narrative-error" className={`${input} w-full`} />
        <FieldError id="narrative-error" messages={errors.narrative} />
      </div>
      <ExistingEvidence key={start.evidence.map((f) => f.id).join()} files={start.evidence} note={start.evidenceNote} />
      {replaced && (
        <ExistingEvidence key={`pending-${replaced.id}`} files={replaced.evidence} note={`${period} 待审核的填报所附材料，将转入本次填报。`} />
      )}
      <div>
        <EvidencePicker key={pickerKey} files={files} onChange={setFiles} serverErrors={uploadErrors.length > 0 ? uploadErrors : errors.evidence} />
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" name="publishEvidence" /> 审核通过后可向社会公开新选择的材料（不含个人信息）
        </label>
      </div>
      <FormStatus state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name="intent" value="submit" disabled={!ready || pending || uploading}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {start.revisesId ? "修改后重新提交" : "提交审核"}
        </button>
        <button type="submit" name="intent" value="draft" disabled={!ready || pending || uploading}
          className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100 disabled:opacity-60">保存草稿</button>
        {!ready && <p className="if-no-script text-sm text-amber-900">填报需要启用浏览器的 JavaScript：证明材料先逐个上传，再随填报提交。</p>}
      </div>
    </form>
  );
}

const noSubscription = () => () => {};
