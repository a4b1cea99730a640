import type { ActionState } from "@/lib/actions/action";

/** The action's overall message, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState | null }) {
  return (
    <p role="status" aria-live="polite" className={state?.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>
      {state?.message}
    </p>
  );
}
