import { z } from "zod";
import type { Thresholds } from "@/lib/domain";
import { withHalfWidthDigits } from "./common";

/** Setting key of the status thresholds; the SQL engine reads the same key (status_thresholds()). */
export const THRESHOLDS_KEY = "status.thresholds";

const percent = (label: string) =>
  withHalfWidthDigits(
    z
      .string({ message: `请填写${label}` })
      .trim()
      .regex(/^\d{1,3}(\.\d)?$/, `${label}须为 0–100 之间的数字，最多一位小数`)
      .transform(Number)
      .refine((n) => n >= 0 && n <= 100, `${label}须在 0–100 之间`),
  );

/** The admin's form: shortfalls in percent of the whole distance, grace in days. */
export const ZUpdateStatusThresholds = z
  .object({
    atRiskPercent: percent("“存在风险”阈值"),
    laggingPercent: percent("“滞后”阈值"),
    milestoneGraceDays: withHalfWidthDigits(
      z
        .string({ message: "请填写宽限天数" })
        .trim()
        .regex(/^\d{1,3}$/, "宽限天数须为 0–365 的整数")
        .transform(Number)
        .refine((n) => n <= 365, "宽限天数须为 0–365 的整数"),
    ),
    laggingSharePercent: percent("“整体滞后”权重比例").refine((n) => n > 0, "“整体滞后”权重比例须大于 0"),
    riskSharePercent: percent("“整体存在风险”权重比例"),
  })
  .superRefine((t, ctx) => {
    if (t.laggingPercent < t.atRiskPercent) {
      ctx.addIssue({ code: "custom", path: ["laggingPercent"], message: "“滞后”阈值不能小于“存在风险”阈值" });
    }
  })
  .transform(
    (t): Thresholds => ({
      atRisk: t.atRiskPercent / 100,
      lagging: t.laggingPercent / 100,
      milestoneGraceDays: t.milestoneGraceDays,
      laggingShare: t.laggingSharePercent / 100,
      riskShare: t.riskSharePercent / 100,
    }),
  );

export type TUpdateStatusThresholds = z.output<typeof ZUpdateStatusThresholds>;

const ZStoredThresholds = z.object({
  atRisk: z.number().min(0).max(1),
  lagging: z.number().min(0).max(1),
  milestoneGraceDays: z.number().int().min(0),
  // Settings saved before issue 13 have no laggingShare: status_thresholds() then uses its default.
  laggingShare: z.number().gt(0).max(1).optional(),
  riskShare: z.number().min(0).max(1).optional(),
});

/** The stored setting (what it sets), or null when it is not a valid one (then the defaults apply). */
export function parseThresholdsSetting(value: unknown): Partial<Thresholds> | null {
  const parsed = ZStoredThresholds.safeParse(value);
  return parsed.success && parsed.data.lagging >= parsed.data.atRisk ? parsed.data : null;
}

const weight = withHalfWidthDigits(
  z
    .string({ message: "请填写权重" })
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "权重须为 0–100 之间的数字，最多两位小数")
    .refine((s) => Number(s) <= 100, "权重须为 0–100 之间的数字，最多两位小数"),
);

const weights = z.record(z.string().regex(/^[1-9]\d{0,8}$/, "编号无效"), weight, { message: "权重格式无效" });

/** Strategy and task-area weights, as the settings form names them: strategy.<id>, taskArea.<id>. */
export const ZUpdateWeights = z
  .object({ strategy: weights.optional(), taskArea: weights.optional() })
  .refine((w) => Object.keys(w.strategy ?? {}).length + Object.keys(w.taskArea ?? {}).length > 0, { message: "请至少填写一个权重", path: ["_form"] })
  .transform((w) => ({
    strategy: Object.entries(w.strategy ?? {}).map(([id, value]) => ({ id: Number(id), weight: value })),
    taskArea: Object.entries(w.taskArea ?? {}).map(([id, value]) => ({ id: Number(id), weight: value })),
  }));

export type TUpdateWeights = z.output<typeof ZUpdateWeights>;
