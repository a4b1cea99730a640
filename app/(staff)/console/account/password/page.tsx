import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { ChangePasswordForm } from "@/components/auth/change-password-form";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  const user = await requireUser({ allowPasswordChangePending: true });
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold">修改密码</h1>
      {user.mustChangePassword && (
        <p role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          这是您首次登录或密码已被重置，请先设置新密码。
        </p>
      )}
      <p className="mt-3 text-sm text-stone-600">新密码至少 10 个字符，须包含大写字母、小写字母、数字、符号中的至少三类，可使用长达 128 个字符的口令短语。</p>
      <ChangePasswordForm />
    </main>
  );
}
