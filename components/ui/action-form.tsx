"use client";
import { createContext, useActionState, useContext } from "react";
import type { ActionState } from "@/lib/actions/action";
import type { PlainInput } from "@/lib/actions/form-input";
import { FormStatus } from "./form-status";

type Action = (prev: ActionState | null, data: FormData | PlainInput) => Promise<ActionState>;
type FormState = { errors: Record<string, string[]>; typed: Record<string, string> | null; generation: number };

const FormContext = createContext<FormState>({ errors: {}, typed: null, generation: 0 });

/** The field errors and typed values of the enclosing ActionForm, for its fields. */
export const useFormState = () => useContext(FormContext);

/**
 * A form bound to one server action: pending state, the action's message in a live region,
 * field errors and typed values handed to the fields inside through context.
 */
export function ActionForm({ action, submitLabel, children, className, danger }: {
  action: Action;
  submitLabel: string;
  children: React.ReactNode;
  className?: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  let generation = 0;
  if (state) generation = state.ok ? 1 : 2;
  const value: FormState = {
    errors: state && !state.ok ? state.fieldErrors ?? {} : {},
    typed: state && !state.ok ? state.submitted ?? {} : null,
    generation,
  };
  return (
    <FormContext.Provider value={value}>
      <form action={formAction} noValidate className={className ?? "space-y-3"}>
        {children}
        <FormStatus state={state} />
        <button
          type="submit"
          disabled={pending}
          className={
            danger
              ? "rounded border border-red-700 px-4 py-2 text-red-800 hover:bg-red-50 disabled:opacity-60"
              : "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          }
        >
          {pending ? "正在保存…" : submitLabel}
        </button>
      </form>
    </FormContext.Provider>
  );
}
