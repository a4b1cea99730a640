"use client";
import { useActionState } from "react";
import { changeOwnPassword } from "@/lib/actions/change-own-password";
import type { ActionState } from "@/lib/actions/action";
import { PASSWORD_CHANGED_NOTICE } from "@/lib/auth/notices";

// The change ends every session of the account, this one too: the login page then says the
// password was changed (without this, the page just turned into the login form, unexplained).
async function changeAndSignInAgain(previous: ActionState | null, data: FormData): Promise<ActionState> {
  const state = await changeOwnPassword(previous, data);
  if (state.ok) window.location.assign(`/login?notice=${PASSWORD_CHANGED_NOTICE}`);
  return state;
}
import { TextField } from "@/components/ui/text-field";
import { FormStatus } from "@/components/ui/form-status";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changeAndSignInAgain, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <TextField name="currentPassword" label="当前密码" type="password" autoComplete="current-password" errors={errors.currentPassword} />
      <TextField name="newPassword" label="新密码" type="password" autoComplete="new-password" errors={errors.newPassword} />
      <TextField name="confirmPassword" label="再次输入新密码" type="password" autoComplete="new-password" errors={errors.confirmPassword} />
      <FormStatus state={state} />
      {state?.ok ? (
        <a href="/login" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white">重新登录</a>
      ) : (
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          修改密码
        </button>
      )}
    </form>
  );
}
