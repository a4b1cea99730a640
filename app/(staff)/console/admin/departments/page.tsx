import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listDepartments } from "@/lib/dal/admin";
import { createDepartment } from "@/lib/actions/create-department";
import { updateDepartment } from "@/lib/actions/update-department";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/form-fields";

export const metadata: Metadata = { title: "部门管理" };

export default async function DepartmentsPage() {
  const admin = await requireUser({ roles: ["ADMIN"] });
  const departments = await listDepartments(admin);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-bold">部门管理</h1>
      <ul className="mt-4 space-y-3">
        {departments.map((d) => (
          <li key={d.id} className="rounded border border-stone-200 bg-white p-3">
            <p className="text-sm text-stone-600">{d.code} · 牵头举措 {d.measures} 项 · 账号 {d.users} 个</p>
            <ActionForm action={updateDepartment} submitLabel="改名" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="departmentId" value={d.id} />
              <Field name="name" label={`“${d.name}”的名称`} defaultValue={d.name} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-dept" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="new-dept" className="text-lg font-semibold">新增部门</h2>
        <ActionForm action={createDepartment} submitLabel="新增部门">
          <Field name="code" label="部门代码" hint="2–32 位小写字母、数字或 -，创建后不再更改" />
          <Field name="name" label="部门名称" />
        </ActionForm>
      </section>
    </main>
  );
}
