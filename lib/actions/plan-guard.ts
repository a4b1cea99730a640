import "server-only";
import { ActionRefusal, type Tx } from "./action";

// A past plan is read-only and a draft is not reported on yet (issue 15). Every action that writes
// to a plan's measures, reports or structure asks here first, inside its transaction. The plan's
// row is locked FOR SHARE, so a publish (which updates the row) waits for the write, and a write
// that started after a publish sees the plan as past.

/** What the action does: reporting (submit, review, withdraw, remind) or editing the structure. */
export type PlanUse = "report" | "edit";

type PlanRow = { id: number; name: string; state: "DRAFT" | "CURRENT" | "PAST" };

function refuseUnless(plan: PlanRow, use: PlanUse): void {
  if (plan.state === "PAST") {
    throw new ActionRefusal(`规划“${plan.name}”已结束，只读：不能再填报、审核、导入或修改其内容。`, "conflict");
  }
  if (plan.state === "DRAFT" && use === "report") {
    throw new ActionRefusal(`规划“${plan.name}”尚未发布，发布后才能填报和审核。`, "conflict");
  }
}

/** Refuses unless the measure's plan takes this use; a missing measure passes (the action says not found). */
export async function assertMeasurePlanWritable(tx: Tx, measureId: number, use: PlanUse): Promise<void> {
  const [plan] = await tx.$queryRaw<PlanRow[]>`
    SELECT p.id, p.name, p."state"::text AS state
    FROM "plan" p
    JOIN "strategy" s ON s."planId" = p.id
    JOIN "task_area" ta ON ta."strategyId" = s.id
    JOIN "measure" m ON m."taskAreaId" = ta.id
    WHERE m.id = ${measureId}
    FOR SHARE OF p`;
  if (plan) refuseUnless(plan, use);
}

/** Refuses unless the plan takes this use; returns the plan, locked until the transaction ends. */
export async function getWritablePlanOrThrow(tx: Tx, planId: number, use: PlanUse): Promise<PlanRow & { startDate: Date; endDate: Date }> {
  const [plan] = await tx.$queryRaw<(PlanRow & { startDate: Date; endDate: Date })[]>`
    SELECT id, name, "state"::text AS state, "startDate", "endDate" FROM "plan" WHERE id = ${planId} FOR SHARE`;
  if (!plan) throw new ActionRefusal("未找到所选规划，请刷新页面后重试。", "not_found");
  refuseUnless(plan, use);
  return plan;
}
