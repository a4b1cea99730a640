"use server";
import { ZCreatePlan } from "@/lib/validation/plan";
import { ActionRefusal, defineAction } from "./action";

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * An admin starts the town's next plan: a draft with a code, a name and a period. The public
 * does not see it; its structure comes by the structure import (or forms) and it goes live when
 * an admin publishes it (publish-plan.ts).
 */
export const createPlan = defineAction({
  name: "plan.create",
  roles: ["ADMIN"],
  schema: ZCreatePlan,
  run: async ({ tx, input }) => {
    if (await tx.plan.findUnique({ where: { code: input.code }, select: { id: true } })) {
      throw new ActionRefusal("规划代码已存在。", "invalid", { code: ["规划代码已存在，请换一个"] });
    }
    const plan = await tx.plan.create({ data: { ...input, state: "DRAFT" }, select: { id: true } });
    return {
      id: plan.id,
      message: `已新建规划草稿“${input.name}”。导入它的结构后即可发布。`,
      audit: { objectType: "plan", objectId: plan.id, after: { code: input.code, name: input.name, startDate: day(input.startDate), endDate: day(input.endDate), state: "DRAFT" } },
    };
  },
});
