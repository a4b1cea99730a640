import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getAssignmentOptions, listUsers } from "@/lib/dal/admin";
import { updateUser } from "@/lib/actions/update-user";
import { resetUserPassword } from "@/lib/actions/reset-user-password";
import { ActionForm } from "@/components/ui/action-form";
import { Checkbox, Field } from "@/components/ui/form-fields";
import { UserAssignmentFields } from "@/components/admin/user-fields";
import { parseId } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "编辑账号" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireUser({ roles: ["ADMIN"] });
  const id = parseId((await params).id);
  const [users, options] = await Promise.all([listUsers(admin), getAssignmentOptions()]);
  const user = users.find((u) => u.id === id);
  if (!user) notFound();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-8">
      <a href="/console/admin/users" className="text-sm text-blue-800 hover:underline">← 返回账号列表</a>
      <h1 className="mt-4 text-2xl font-bold">账号 {user.username}</h1>
      <section aria-labelledby="edit-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="edit-heading" className="text-lg font-semibold">角色与部门</h2>
        <p className="text-xs text-stone-600">更改角色或停用账号后，该账号的现有登录立即失效。</p>
        <ActionForm action={updateUser} submitLabel="保存">
          <input type="hidden" name="userId" value={user.id} />
          <UserAssignmentFields options={options} defaults={user} />
          <Checkbox name="isActive" label="账号启用" defaultChecked={user.isActive} />
        </ActionForm>
      </section>
      <section aria-labelledby="reset-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="reset-heading" className="text-lg font-semibold">重置密码</h2>
        <p className="text-xs text-stone-600">重置后账号解除锁定，对方须用临时密码登录并立即修改。</p>
        <ActionForm action={resetUserPassword} submitLabel="重置密码" danger>
          <input type="hidden" name="userId" value={user.id} />
          <Field name="password" label="临时密码" type="password" autoComplete="new-password" />
        </ActionForm>
      </section>
    </main>
  );
}
