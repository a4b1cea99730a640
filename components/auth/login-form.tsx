"use client";
import { useActionState } from "react";
import { logIn } from "@/lib/actions/log-in";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(logIn, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="username" className="block text-sm font-medium">用户名</label>
        <input id="username" name="username" autoComplete="username" required
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2" />
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-red-700">{state?.message}</p>
      <button type="submit" disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
