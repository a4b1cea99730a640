import { z } from "zod";
import { zId, zIsoDay, zText } from "./common";

/** A plan's code names it in public addresses (/plans/<code>/…): lowercase letters, digits and -. */
const zPlanCode = z
  .string({ message: "请填写规划代码" })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, "规划代码为 2–32 位小写字母、数字或 -，如 2026-2030");

export const ZCreatePlan = z
  .object({
    code: zPlanCode,
    name: zText("规划名称", 100),
    startDate: zIsoDay("开始日期"),
    endDate: zIsoDay("结束日期"),
  })
  .refine((p) => p.endDate > p.startDate, { message: "结束日期须晚于开始日期", path: ["endDate"] });

export type TCreatePlan = z.output<typeof ZCreatePlan>;

/** The draft to publish, and its code typed again: publishing cannot be undone. */
export const ZPublishPlan = z.object({
  planId: zId("规划"),
  confirmCode: z.string({ message: "请输入规划代码以确认发布" }).trim().min(1, "请输入规划代码以确认发布").max(64, "规划代码不对"),
});
