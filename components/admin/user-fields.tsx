import { CheckboxGroup, Field, SelectField } from "@/components/ui/form-fields";
import type { Option } from "@/lib/dal/admin";
import { ROLE_LABEL } from "@/lib/labels";

const roleOptions = (["OFFICER", "LEADER", "ADMIN"] as const).map((r) => ({ value: r, label: ROLE_LABEL[r] }));
const toOptions = (list: Option[]) => list.map((o) => ({ value: String(o.id), label: o.label }));

/** The fields an admin sets on an account, shared by the create and edit forms. */
export function UserAssignmentFields({ options, defaults }: {
  options: { departments: Option[]; strategies: Option[] };
  defaults?: { displayName: string; email: string | null; role: string; departmentIds: number[]; strategyIds: number[] };
}) {
  return (
    <>
      <Field name="displayName" label="姓名或称谓" defaultValue={defaults?.displayName} />
      <Field name="email" label="电子邮箱（可选）" hint="配置了邮件服务时，催办通知同时发到此邮箱；不公开。" type="email" autoComplete="off" defaultValue={defaults?.email ?? ""} />
      <SelectField name="role" label="角色" options={roleOptions} defaultValue={defaults?.role ?? "OFFICER"} />
      <CheckboxGroup name="departmentIds" label="所属部门（填报员至少一个）" options={toOptions(options.departments)} defaultValues={defaults?.departmentIds.map(String)} />
      <CheckboxGroup name="strategyIds" label="分管战略（仅分管领导）" options={toOptions(options.strategies)} defaultValues={defaults?.strategyIds.map(String)} />
    </>
  );
}
