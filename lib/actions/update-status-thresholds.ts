"use server";
import { publicTags } from "@/lib/cache-tags";
import { refreshStatusSnapshot } from "@/lib/dal/status/refresh";
import { parseThresholdsSetting, THRESHOLDS_KEY, ZUpdateStatusThresholds } from "@/lib/validation/settings";
import { defineAction } from "./action";

/**
 * An admin sets the status thresholds. Every status on every page follows: the setting's trigger
 * marks every snapshot row stale and the rebuild runs here, in the same transaction, so the
 * admin rather than the next reader waits for it.
 */
export const updateStatusThresholds = defineAction({
  name: "setting.status_thresholds",
  roles: ["ADMIN"],
  schema: ZUpdateStatusThresholds,
  run: async ({ tx, input }) => {
    const before = await tx.setting.findUnique({ where: { key: THRESHOLDS_KEY }, select: { value: true } });
    await tx.setting.upsert({ where: { key: THRESHOLDS_KEY }, update: { value: input }, create: { key: THRESHOLDS_KEY, value: input } });
    await refreshStatusSnapshot(tx);
    return {
      message: "阈值已保存，所有状态已按新阈值重新计算。",
      tags: publicTags(),
      audit: { objectType: "setting", objectId: THRESHOLDS_KEY, before: before ? parseThresholdsSetting(before.value) ?? before.value : null, after: input },
    };
  },
});
