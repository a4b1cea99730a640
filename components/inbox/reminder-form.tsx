"use client";
import { useActionState } from "react";
import { sendReminder } from "@/lib/actions/send-reminder";
import { FieldError } from "@/components/ui/field-error";
import { FormStatus } from "@/components/ui/form-status";

const DEFAULT_MESSAGE = "请抓紧推进，尽快按要求填报进展，并说明滞后原因和整改措施。";

/** A leader's reminder (催办) on one measure. */
export function ReminderForm({ measureId, code }: { measureId: number; code: string }) {
  const [state, action, pending] = useActionState(sendReminder, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const id = `reminder-${measureId}`;
  return (
    <form action={action} noValidate className="mt-2 space-y-2">
      <input type="hidden" name="measureId" value={measureId} />
      <label htmlFor={id} className="block text-sm font-medium">催办内容（{code}）</label>
      <textarea id={id} name="message" rows={3} maxLength={500} defaultValue={DEFAULT_MESSAGE} aria-describedby={`${id}-error`}
        className="w-full rounded border border-stone-400 px-3 py-2 text-sm" />
      <FieldError id={`${id}-error`} messages={[...(errors.message ?? []), ...(errors.measureId ?? [])]} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "正在发送…" : "发送催办"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
