import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { getAssignmentOptions, listUsers } from "@/lib/dal/admin";
import { createUser } from "@/lib/actions/create-user";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/form-fields";
import { UserAssignmentFields } from "@/components/admin/user-fields";
import { ROLE_LABEL } from "@/lib/labels";
import { formatShanghaiTime } from "@/lib/format-time";

export const metadata: Metadata = { title: "账号管理" };

export default async function UsersPage() {
  const admin = await requireUser({ roles: ["ADMIN"] });
  const [users, options] = await Promise.all([listUsers(admin), getAssignmentOptions()]);
  const deptName = new Map(options.departments.map((d) => [d.id, d.label]));
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">账号管理</h1>
      <div className="mt-4 overflow-x-auto">
        <table className="data-table min-w-[44rem]">
          <caption className="sr-only">全部账号</caption>
          <thead>
            <tr>
              <th scope="col">用户名</th><th scope="col">姓名</th>
              <th scope="col">角色</th><th scope="col">部门</th>
              <th scope="col">状态</th><th scope="col">最近登录</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td><a className="text-blue-800 hover:underline" href={`/console/admin/users/${u.id}`}>{u.username}</a></td>
                <td>{u.displayName}</td>
                <td>{ROLE_LABEL[u.role]}</td>
                <td>{u.departmentIds.map((id) => deptName.get(id)).join("、") || "—"}</td>
                <td>{!u.isActive ? "已停用" : u.locked ? "已锁定" : u.mustChangePassword ? "待改密码" : "正常"}</td>
                <td>{u.lastLoginAt ? formatShanghaiTime(u.lastLoginAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="create-heading" className="mt-8 max-w-xl rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="create-heading" className="text-lg font-semibold">新建账号</h2>
        <ActionForm action={createUser} submitLabel="创建账号">
          <Field name="username" label="用户名" hint="3–64 位小写字母、数字或 _ . -" autoComplete="off" />
          <Field name="password" label="初始密码" type="password" autoComplete="new-password" hint="对方首次登录时须修改" />
          <UserAssignmentFields options={options} />
        </ActionForm>
      </section>
    </main>
  );
}
