"use server";
import { publicTags } from "@/lib/cache-tags";
import { ZUpdateWeights } from "@/lib/validation/settings";
import { ActionRefusal, defineAction } from "./action";
import { getWritablePlanOrThrow } from "./plan-guard";

/** An admin sets the weights of strategies (in the plan's roll-up) and task areas (in their strategy's). */
export const updateWeights = defineAction({
  name: "plan.weights",
  roles: ["ADMIN"],
  schema: ZUpdateWeights,
  run: async ({ tx, input }) => {
    const strategyIds = input.strategy.map((w) => w.id);
    const taskAreaIds = input.taskArea.map((w) => w.id);
    const [strategies, taskAreas] = await Promise.all([
      tx.strategy.findMany({ where: { id: { in: strategyIds } }, select: { id: true, code: true, weight: true } }),
      tx.taskArea.findMany({ where: { id: { in: taskAreaIds } }, select: { id: true, code: true, weight: true } }),
    ]);
    if (strategies.length !== strategyIds.length || taskAreas.length !== taskAreaIds.length) {
      throw new ActionRefusal("所选战略或重点任务不存在，请刷新页面后重试。", "not_found");
    }
    const plans = await tx.strategy.findMany({
      where: { OR: [{ id: { in: strategyIds } }, { taskAreas: { some: { id: { in: taskAreaIds } } } }] },
      distinct: ["planId"],
      select: { planId: true },
    });
    for (const { planId } of plans) await getWritablePlanOrThrow(tx, planId, "edit");
    for (const w of input.strategy) await tx.strategy.update({ where: { id: w.id }, data: { weight: w.weight } });
    for (const w of input.taskArea) await tx.taskArea.update({ where: { id: w.id }, data: { weight: w.weight } });
    const weights = (rows: { code: string; weight: unknown }[]) => Object.fromEntries(rows.map((r) => [r.code, String(r.weight)]));
    return {
      message: "权重已保存。",
      tags: publicTags(),
      audit: {
        objectType: "plan",
        objectId: "weights",
        before: { strategies: weights(strategies), taskAreas: weights(taskAreas) },
        after: {
          strategies: Object.fromEntries(input.strategy.map((w) => [strategies.find((s) => s.id === w.id)!.code, w.weight])),
          taskAreas: Object.fromEntries(input.taskArea.map((w) => [taskAreas.find((t) => t.id === w.id)!.code, w.weight])),
        },
      },
    };
  },
});
