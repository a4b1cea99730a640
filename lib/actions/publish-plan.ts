"use server";
import { PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import { ZPublishPlan } from "@/lib/validation/plan";
import { ActionRefusal, defineAction, type Tx } from "./action";

/**
 * An admin publishes a draft: it becomes the current plan and the current one becomes past
 * (read-only, its results stay public under /plans/<code>). Duties, the inbox, dashboards,
 * 月报/季报, imports and the public home page follow at once. Both rows are locked first, so two
 * publishes, or a publish and a report on the old plan, run one after the other.
 */
export const publishPlan = defineAction({
  name: "plan.publish",
  roles: ["ADMIN"],
  schema: ZPublishPlan,
  run: async ({ tx, input }) => {
    const rows = await tx.$queryRaw<{ id: number; code: string; name: string; state: string }[]>`
      SELECT id, code, name, "state"::text AS state FROM "plan"
      WHERE id = ${input.planId} OR "state" = 'CURRENT'
      ORDER BY id FOR UPDATE`;
    const draft = rows.find((p) => p.id === input.planId);
    if (!draft) throw new ActionRefusal("未找到该规划，请刷新页面后重试。", "not_found");
    if (draft.state !== "DRAFT") throw new ActionRefusal(`规划“${draft.name}”不是草稿，不能发布。请刷新页面。`, "conflict");
    if (input.confirmCode !== draft.code) {
      throw new ActionRefusal("确认的规划代码不对，未发布。", "invalid", { confirmCode: [`请输入该规划的代码 ${draft.code} 以确认`] });
    }
    const measures = await tx.measure.count({ where: { taskArea: { strategy: { planId: draft.id } } } });
    if (measures === 0) throw new ActionRefusal(`规划“${draft.name}”还没有任何举措：请先导入它的结构，再发布。`, "invalid");
    const previous = rows.find((p) => p.state === "CURRENT") ?? null;
    // Past first: the partial unique index allows one current plan at any moment.
    if (previous) await tx.plan.update({ where: { id: previous.id }, data: { state: "PAST" } });
    await tx.plan.update({ where: { id: draft.id }, data: { state: "CURRENT" } });
    const leaders = previous ? await carryLeaderStrategies(tx, previous.id, draft.id) : 0;
    return {
      id: draft.id,
      message: previous
        ? `已发布“${draft.name}”，它现在是现行规划；“${previous.name}”已转为往期规划（只读，结果继续公开）。`
        : `已发布“${draft.name}”，它现在是现行规划。`,
      tags: [PUBLIC_PLAN_TAG],
      audit: {
        objectType: "plan",
        objectId: draft.id,
        before: { current: previous && { id: previous.id, code: previous.code }, state: "DRAFT" },
        after: { current: { id: draft.id, code: draft.code }, past: previous && { id: previous.id, code: previous.code }, measures, leaderStrategies: leaders },
      },
    };
  },
});

/**
 * Accounts carry over: a leader who reviewed strategy "A" of the old plan reviews strategy "A" of
 * the new one (same code), unless an admin changes it. Returns the assignments added.
 */
async function carryLeaderStrategies(tx: Tx, fromPlanId: number, toPlanId: number): Promise<number> {
  const added = await tx.$executeRaw`
    INSERT INTO "user_strategy" ("userId", "strategyId")
    SELECT us."userId", ns.id
    FROM "user_strategy" us
    JOIN "strategy" os ON os.id = us."strategyId" AND os."planId" = ${fromPlanId}
    JOIN "strategy" ns ON ns."planId" = ${toPlanId} AND ns.code = os.code
    ON CONFLICT DO NOTHING`;
  return added;
}
