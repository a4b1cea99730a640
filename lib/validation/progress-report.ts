import { z } from "zod";
import { MAX_EVIDENCE_FILES } from "@/lib/evidence/file-type";
import { STORAGE_KEY } from "@/lib/evidence/storage-key";
import { withHalfWidthDigits } from "./common";

export const PROGRESS_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "LAGGING", "DONE"] as const;
export const NARRATIVE_MAX = 2000;
export const LAGGING_EXPLANATION_MIN = 15;

/** A value as typed: "" (not reported this period) or a non-negative number, two decimals at most. */
const ZValue = withHalfWidthDigits(
  z
    .string()
    .trim()
    .max(20, "数值过长")
    .refine((s) => s === "" || /^\d+(\.\d{1,2})?$/.test(s), "请填写不小于 0 的数字，最多两位小数"),
);

const ZOptionalId = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce.number({ message: "编号无效" }).int("编号无效").positive("编号无效").optional(),
);

/**
 * Evidence files: the keys POST /api/evidence gave the form for the files it streamed to disk
 * (the files themselves never pass through the action). Whose they are is checked by the action.
 */
const ZEvidence = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(STORAGE_KEY, "证明材料无效，请重新选择文件"), { message: "证明材料格式无效" }).max(MAX_EVIDENCE_FILES, `一次最多上传 ${MAX_EVIDENCE_FILES} 个文件`),
);

export const ZProgressReportInput = z
  .object({
    measureId: z.coerce.number({ message: "缺少举措编号" }).int("举措编号无效").positive("举措编号无效"),
    period: z.string({ message: "请选择填报期" }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, "请选择填报期（年-月）"),
    status: z.enum(PROGRESS_STATUSES, { message: "请选择进展状态" }),
    narrative: z
      .string({ message: "请填写进展情况" })
      .trim()
      .min(5, "进展情况至少填写 5 个字")
      .max(NARRATIVE_MAX, `进展情况不超过 ${NARRATIVE_MAX} 字`),
    /** "" or absent: not stated. Counts only for measures with nothing else to measure (report-content.ts). */
    percentComplete: withHalfWidthDigits(
      z
        .string()
        .trim()
        .optional()
        .transform((s) => (s === undefined || s === "" ? null : s))
        .refine((s) => s === null || /^\d{1,3}$/.test(s), "完成比例须为 0–100 的整数")
        .transform((s) => (s === null ? null : Number(s)))
        .refine((n) => n === null || n <= 100, "完成比例须为 0–100 的整数"),
    ),
    basedOnVersion: z.coerce.number({ message: "缺少版本号，请刷新页面" }).int("版本号无效").min(1, "版本号无效"),
    values: z.record(z.string().regex(/^\d{1,9}$/, "指标编号无效"), ZValue, { message: "指标数值格式无效" }).default({}),
    milestones: z
      .record(z.string().regex(/^\d{1,9}$/, "里程碑编号无效"), z.string().trim().max(10, "请填写有效的日期（年-月-日）"), { message: "里程碑格式无效" })
      .default({}),
    intent: z.enum(["draft", "submit"], { message: "未知的操作" }).default("submit"),
    /** The caller's own draft this save replaces. */
    draftId: ZOptionalId,
    /** The returned report this one revises. */
    revisesId: ZOptionalId,
    evidence: ZEvidence,
    /** Files of the revised (or the officer's own draft) report not to keep: attachment ids. */
    dropEvidence: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.coerce.number({ message: "证明材料编号无效" }).int("证明材料编号无效").positive("证明材料编号无效"), { message: "证明材料编号无效" }).max(50, "证明材料编号无效"),
    ),
    publishEvidence: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .superRefine((input, ctx) => {
    if (input.status === "LAGGING" && input.narrative.length < LAGGING_EXPLANATION_MIN) {
      ctx.addIssue({
        code: "custom",
        path: ["narrative"],
        message: `状态为“滞后”时，须说明滞后原因和整改措施（至少 ${LAGGING_EXPLANATION_MIN} 个字）`,
      });
    }
  });

export type TProgressReportInput = z.output<typeof ZProgressReportInput>;

/** "2021-12" → the first and last day of that month, as UTC dates. */
export function periodBounds(period: string): { start: Date; end: Date } {
  const [year, month] = period.split("-").map(Number);
  return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 0)) };
}
