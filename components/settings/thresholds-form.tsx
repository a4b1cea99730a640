"use client";
import type { Thresholds } from "@/lib/domain";
import { updateStatusThresholds } from "@/lib/actions/update-status-thresholds";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/form-fields";

const pct = (x: number) => String(Math.round(x * 1000) / 10);

/** The status thresholds, in percent of an indicator's whole distance and in days. */
export function ThresholdsForm({ thresholds }: { thresholds: Thresholds }) {
  return (
    <ActionForm action={updateStatusThresholds} submitLabel="保存阈值">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field name="atRiskPercent" label="“存在风险”阈值（%）" inputMode="decimal" defaultValue={pct(thresholds.atRisk)}
          hint="落后于计划进度超过全程的该比例，判为存在风险" />
        <Field name="laggingPercent" label="“滞后”阈值（%）" inputMode="decimal" defaultValue={pct(thresholds.lagging)}
          hint="落后超过全程的该比例，判为滞后；不小于上一项" />
        <Field name="milestoneGraceDays" label="里程碑宽限天数" inputMode="numeric" defaultValue={String(thresholds.milestoneGraceDays)}
          hint="里程碑过计划日期后，在该天数内只判为存在风险" />
        <Field name="laggingSharePercent" label="“整体滞后”权重比例（%）" inputMode="decimal" defaultValue={pct(thresholds.laggingShare)}
          hint="任务、战略或全镇规划中，滞后和逾期的举措占权重达到该比例时，整体判为滞后" />
        <Field name="riskSharePercent" label="“整体存在风险”权重比例（%）" inputMode="decimal" defaultValue={pct(thresholds.riskShare)}
          hint="存在风险、滞后和逾期的举措占权重达到该比例时，整体判为存在风险；填 0 则有一项即判为存在风险" />
      </div>
    </ActionForm>
  );
}
