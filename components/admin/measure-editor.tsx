import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup, Field, SelectField } from "@/components/ui/form-fields";
import { updateMeasure } from "@/lib/actions/update-measure";
import { updateIndicator } from "@/lib/actions/update-indicator";
import { saveMilestone } from "@/lib/actions/save-milestone";
import type { MeasureForEditing, Option } from "@/lib/dal/admin";
import { COMPARISON_LABEL } from "@/lib/labels";

const comparisons = (["GTE", "GT", "EQ", "LTE"] as const).map((c) => ({ value: c, label: COMPARISON_LABEL[c] }));
const cycles = [{ value: "MONTHLY", label: "每月" }, { value: "QUARTERLY", label: "每季度" }];
const box = "mt-4 rounded-lg border border-stone-200 bg-white p-4";

/** The admin's editing forms of one measure; every form carries the version it was based on. */
export function MeasureEditor({ measure, departments }: { measure: MeasureForEditing; departments: Option[] }) {
  const deptOptions = departments.map((d) => ({ value: String(d.id), label: d.label }));
  const versioned = (
    <>
      <input type="hidden" name="measureId" value={measure.id} />
      <input type="hidden" name="version" value={measure.version} />
    </>
  );
  return (
    <section aria-labelledby="edit-measure" className="mt-8">
      <h2 id="edit-measure" className="text-lg font-semibold">编辑规划结构（管理员）</h2>
      <div className={box}>
        <ActionForm action={updateMeasure} submitLabel="保存举措">
          {versioned}
          <Field name="title" label="举措内容" defaultValue={measure.title} />
          <SelectField name="leadDepartmentId" label="牵头单位" options={deptOptions} defaultValue={String(measure.leadDepartmentId)} />
          <CheckboxGroup name="departmentIds" label="责任单位" options={deptOptions} defaultValues={measure.departmentIds.map(String)} />
          <Field name="weight" label="权重（汇总时使用）" defaultValue={measure.weight} inputMode="decimal" />
          <SelectField name="reportingCycle" label="填报周期" options={cycles} defaultValue={measure.reportingCycle} />
          <Field name="dueDay" label="次月截止日（1–28）" defaultValue={String(measure.dueDay)} inputMode="numeric" />
        </ActionForm>
      </div>
      {measure.indicators.map((i) => (
        <div key={i.id} className={box}>
          <ActionForm action={updateIndicator} submitLabel={`保存指标“${i.name}”`}>
            <input type="hidden" name="indicatorId" value={i.id} />
            <input type="hidden" name="version" value={measure.version} />
            <Field name="name" label="指标名称" defaultValue={i.name} />
            <Field name="unit" label="单位" defaultValue={i.unit} />
            <Field name="baselineValue" label="基期值" defaultValue={i.baselineValue} inputMode="decimal" />
            <SelectField name="comparison" label="比较方式" options={comparisons} defaultValue={i.comparison} />
            <Field name="targetValue" label="目标值" defaultValue={i.targetValue} inputMode="decimal" />
            <Field name="deadline" label="完成期限" type="date" defaultValue={i.deadline} />
          </ActionForm>
        </div>
      ))}
      {measure.milestones.map((m) => (
        <div key={m.id} className={box}>
          <ActionForm action={saveMilestone} submitLabel="保存里程碑">
            {versioned}
            <input type="hidden" name="milestoneId" value={m.id} />
            <Field name="name" label="里程碑" defaultValue={m.name} />
            <Field name="plannedDate" label="计划完成日期" type="date" defaultValue={m.plannedDate} />
          </ActionForm>
        </div>
      ))}
      <div className={box}>
        <ActionForm action={saveMilestone} submitLabel="新增里程碑">
          {versioned}
          <Field name="name" label="新里程碑名称" />
          <Field name="plannedDate" label="计划完成日期" type="date" />
        </ActionForm>
      </div>
    </section>
  );
}
