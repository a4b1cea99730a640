import { z } from "zod";

const ZReportId = z.coerce.number({ message: "填报编号无效" }).int("填报编号无效").positive("填报编号无效");

export const ZApproveReport = z.object({ reportId: ZReportId });

export const ZWithdrawReport = z.object({ reportId: ZReportId });

export const ZReturnReport = z.object({
  reportId: ZReportId,
  comment: z
    .string({ message: "请填写退回意见" })
    .trim()
    .min(5, "退回意见至少 5 个字，请说明需要修改的内容")
    .max(1000, "退回意见不超过 1000 字"),
});
